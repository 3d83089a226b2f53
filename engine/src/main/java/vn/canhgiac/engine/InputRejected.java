package vn.canhgiac.engine;

/**
 * Thrown at an analysis boundary when the input cannot be analysed: empty, truncated, too
 * large, a pixel flood, a bomb, a wrong or unsupported type. The messages say in plain
 * words what is wrong and what is accepted; they never contain exception class names,
 * file contents or paths. The CLI maps this to exit code 2; the portal to a 400/422 page.
 */
public class InputRejected extends RuntimeException {

	private final String code;

	private final String messageVi;

	/**
	 * @param code stable machine-readable reason, e.g. {@code pixel_flood},
	 * {@code truncated}
	 * @param messageVi the reason in Vietnamese
	 * @param messageEn the reason in English (also {@link #getMessage()})
	 */
	public InputRejected(String code, String messageVi, String messageEn) {
		super(messageEn, null, false, false);
		this.code = code;
		this.messageVi = messageVi;
	}

	public String code() {
		return this.code;
	}

	public String messageVi() {
		return this.messageVi;
	}

	public String messageEn() {
		return getMessage();
	}

}
