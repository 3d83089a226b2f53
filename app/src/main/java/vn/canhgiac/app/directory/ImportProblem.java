package vn.canhgiac.app.directory;

/**
 * Why one line of an import cannot be taken, in both languages.
 *
 * @param line 1-based line number in the file (the header is line 1)
 */
public record ImportProblem(long line, String messageVi, String messageEn) {

}
