package vn.canhgiac.engine.text;

/**
 * Who a message came from, as the person who received it can see it on the phone: a brand
 * name (the sender shows as "Vietcombank", "VIETTEL"), a short code (a 3 to 5 digit
 * number), an ordinary phone number, or not known (a pasted text, a screenshot). Only a
 * hint: brand names can be spoofed by fake base stations, so no sender makes a message
 * safe.
 */
public enum SenderKind {

	/** Not known: the text alone is judged. */
	UNKNOWN,

	/** A registered brand name. */
	BRANDNAME,

	/** A short code of a few digits. */
	SHORTCODE,

	/** An ordinary mobile or landline number, as a person would use. */
	PERSONAL_NUMBER

}
