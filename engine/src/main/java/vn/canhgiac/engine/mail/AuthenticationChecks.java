package vn.canhgiac.engine.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.canhgiac.engine.Signal;

/**
 * Reads the verdicts of the receiving server in {@code Authentication-Results} (RFC
 * 8601). A forger can add a fake "pass" header but gains nothing by adding a "fail", so
 * only failures are reported.
 */
final class AuthenticationChecks {

	private static final Pattern RESULT = Pattern.compile("(?i)\\b(spf|dkim|dmarc)\\s*=\\s*([a-z]+)");

	private AuthenticationChecks() {
	}

	static List<Signal> check(List<String> headers) {
		boolean spf = false;
		boolean dkim = false;
		boolean dmarc = false;
		for (String header : headers) {
			Matcher m = RESULT.matcher(header);
			while (m.find()) {
				String method = m.group(1).toLowerCase(Locale.ROOT);
				String result = m.group(2).toLowerCase(Locale.ROOT);
				boolean failed = result.equals("fail") || (method.equals("spf") && result.equals("softfail"));
				spf |= failed && method.equals("spf");
				dkim |= failed && method.equals("dkim");
				dmarc |= failed && method.equals("dmarc");
			}
		}
		List<Signal> signals = new ArrayList<>();
		if (dmarc) {
			signals.add(new Signal("dmarc_fail", 0.55, null,
					"Máy chủ nhận thư xác định thư KHÔNG được gửi bởi chủ tên miền (DMARC thất bại).",
					"The receiving server found the message was not sent by the domain owner (DMARC fail)."));
		}
		if (spf) {
			signals
				.add(new Signal("spf_fail", 0.35, null, "Máy chủ gửi không được phép gửi thư cho tên miền này (SPF).",
						"The sending server is not allowed to send mail for this domain (SPF fail)."));
		}
		if (dkim) {
			signals.add(new Signal("dkim_fail", 0.3, null, "Chữ ký số của thư không hợp lệ (DKIM).",
					"The message's DKIM signature does not verify."));
		}
		return signals;
	}

}
