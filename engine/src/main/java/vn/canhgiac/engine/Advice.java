package vn.canhgiac.engine;

/**
 * One piece of advice shown with a verdict, in the words of the directive (stay calm, do
 * not pay, do not follow instructions, do not share personal data, report to the police).
 *
 * @param code stable identifier, e.g. {@code do_not_pay}
 * @param messageVi the advice in Vietnamese
 * @param messageEn the same in English
 */
public record Advice(String code, String messageVi, String messageEn) {

}
