package vn.canhgiac.engine.qr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;

/**
 * Reads a VietQR payload: EMVCo merchant-presented TLV (two-digit id, two-digit length,
 * value) where id 38 holds the NAPAS GUID, the bank BIN and the account number (NAPAS
 * VietQR specification 1.5, "Consumer Account Information"), 54 the amount and 53 the
 * currency (704 = VND).
 */
final class VietQr {

	static final String NAPAS_GUID = "A000000727";

	/** BIN of the acquiring bank (the NAPAS member code) to its usual short name. */
	private static final Map<String, String> BANKS = Map.ofEntries(Map.entry("970436", "Vietcombank"),
			Map.entry("970415", "VietinBank"), Map.entry("970418", "BIDV"), Map.entry("970405", "Agribank"),
			Map.entry("970407", "Techcombank"), Map.entry("970422", "MBBank"), Map.entry("970416", "ACB"),
			Map.entry("970432", "VPBank"), Map.entry("970423", "TPBank"), Map.entry("970403", "Sacombank"),
			Map.entry("970441", "VIB"), Map.entry("970443", "SHB"), Map.entry("970437", "HDBank"),
			Map.entry("970448", "OCB"), Map.entry("970426", "MSB"), Map.entry("970431", "Eximbank"),
			Map.entry("970440", "SeABank"), Map.entry("970454", "Viet Capital Bank"), Map.entry("970429", "SCB"),
			Map.entry("970449", "LPBank"), Map.entry("970412", "PVcomBank"), Map.entry("970409", "BacABank"));

	private VietQr() {
	}

	static List<Indicator> indicators(String payload) {
		List<Indicator> indicators = new ArrayList<>();
		Map<String, String> top = tlv(payload);
		String account = top.get("38");
		if (account != null) {
			String beneficiary = tlv(account).get("01");
			if (beneficiary != null) {
				Map<String, String> fields = tlv(beneficiary);
				String bin = fields.getOrDefault("00", "");
				String number = fields.get("01");
				if (number != null && number.matches("\\d{6,19}")) {
					indicators.add(new Indicator(IndicatorType.BANK_ACCOUNT, number, number, null, bankName(bin)));
				}
			}
		}
		String amount = top.get("54");
		if (amount != null && amount.matches("\\d{1,15}") && "704".equals(top.getOrDefault("53", "704"))) {
			indicators.add(new Indicator(IndicatorType.AMOUNT, amount, Long.parseLong(amount) + " VND", null, null));
		}
		return indicators;
	}

	private static @Nullable String bankName(String bin) {
		return BANKS.getOrDefault(bin, bin.isEmpty() ? null : "BIN " + bin);
	}

	/** Lenient: stops at the first malformed field rather than rejecting the code. */
	static Map<String, String> tlv(String data) {
		Map<String, String> fields = new LinkedHashMap<>();
		int i = 0;
		while (i + 4 <= data.length()) {
			String id = data.substring(i, i + 2);
			int length;
			try {
				length = Integer.parseInt(data.substring(i + 2, i + 4));
			}
			catch (NumberFormatException ex) {
				break;
			}
			if (i + 4 + length > data.length()) {
				break;
			}
			fields.putIfAbsent(id, data.substring(i + 4, i + 4 + length));
			i += 4 + length;
		}
		return fields;
	}

}
