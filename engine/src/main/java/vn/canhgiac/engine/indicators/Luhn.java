package vn.canhgiac.engine.indicators;

/**
 * The Luhn check digit of payment cards (ISO/IEC 7812-1 Annex B).
 */
final class Luhn {

	private Luhn() {
	}

	static boolean isValid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	/**
	 * Issuer prefixes of the schemes used in Vietnam: Visa, Mastercard, JCB, Amex,
	 * UnionPay and the domestic NAPAS cards (9704).
	 */
	static boolean hasCardPrefix(String digits) {
		char first = digits.charAt(0);
		return first == '4' || first == '5' || first == '2' || first == '3' || first == '6'
				|| digits.startsWith("9704");
	}

}
