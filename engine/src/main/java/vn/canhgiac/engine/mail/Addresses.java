package vn.canhgiac.engine.mail;

import java.util.Locale;

import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.jspecify.annotations.Nullable;

/** Mailbox parsing and domain comparison for the sender checks. */
final class Addresses {

	private Addresses() {
	}

	/**
	 * @return the parsed mailbox, or null when the header holds no address
	 */
	static @Nullable Mailbox mailbox(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			Mailbox mailbox = LenientAddressParser.DEFAULT.parseMailbox(header);
			return (mailbox != null && mailbox.getDomain() != null) ? mailbox : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static String address(@Nullable Mailbox mailbox) {
		return (mailbox != null) ? mailbox.getAddress().toLowerCase(Locale.ROOT) : "";
	}

	static String domain(@Nullable Mailbox mailbox) {
		return (mailbox != null && mailbox.getDomain() != null) ? mailbox.getDomain().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * Same organisation when one domain is the other or a subdomain of it
	 * ({@code mail.bank.vn} and {@code bank.vn}); exact registrable-domain comparison
	 * needs the public suffix list, which the URL checks own.
	 */
	static boolean sameOrganisation(String a, String b) {
		return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
	}

}
