package vn.canhgiac.engine.indicators;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.TextSpan;

/**
 * A contact, payment detail or link found in analysed content.
 *
 * @param type the kind of indicator
 * @param value the text as written
 * @param normalized the normal form of DESIGN.md §2, the same for every writing of one
 * value
 * @param span where it was written, when it comes from text
 * @param bank the bank's usual short name, for {@link IndicatorType#BANK_ACCOUNT} only
 */
public record Indicator(IndicatorType type, String value, String normalized, @Nullable TextSpan span,
		@Nullable String bank) {

}
