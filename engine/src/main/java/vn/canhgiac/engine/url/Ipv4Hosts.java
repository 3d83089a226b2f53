package vn.canhgiac.engine.url;

import org.jspecify.annotations.Nullable;

/**
 * The IPv4 host parser of the WHATWG URL Standard (§3.5): up to four dot-separated
 * numbers, each decimal, octal (leading 0) or hex (0x), the last one filling the
 * remaining bytes. {@code http://3232235777/}, {@code http://0x7f.1/} and
 * {@code http://0177.0.0.1/} are all addresses a browser will visit.
 */
final class Ipv4Hosts {

	private Ipv4Hosts() {
	}

	/** The dotted-quad form, or null when the host is not an IPv4 address. */
	static @Nullable String parse(String host) {
		String[] parts = host.split("\\.", -1);
		if (parts.length > 1 && parts[parts.length - 1].isEmpty()) {
			parts = java.util.Arrays.copyOf(parts, parts.length - 1);
		}
		if (parts.length == 0 || parts.length > 4 || !isNumber(parts[parts.length - 1])) {
			return null;
		}
		long[] numbers = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			Long n = number(parts[i]);
			if (n == null) {
				return null;
			}
			numbers[i] = n;
		}
		for (int i = 0; i < numbers.length - 1; i++) {
			if (numbers[i] > 255) {
				return null;
			}
		}
		long last = numbers[numbers.length - 1];
		if (last >= (1L << (8 * (5 - numbers.length)))) {
			return null;
		}
		long address = last;
		for (int i = 0; i < numbers.length - 1; i++) {
			address += numbers[i] << (8 * (3 - i));
		}
		return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
				+ (address & 255);
	}

	private static boolean isNumber(String part) {
		return part.matches("\\d+|0[xX][0-9a-fA-F]*");
	}

	private static @Nullable Long number(String part) {
		try {
			if (part.isEmpty()) {
				return null;
			}
			if (part.startsWith("0x") || part.startsWith("0X")) {
				return (part.length() == 2) ? 0L : Long.parseLong(part.substring(2), 16);
			}
			if (part.length() > 1 && part.startsWith("0")) {
				return Long.parseLong(part.substring(1), 8);
			}
			return Long.parseLong(part);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
