package vn.canhgiac.cli;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Advice;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.TextSpan;
import vn.canhgiac.engine.indicators.Indicator;

/**
 * The message / URL / file report of DESIGN.md §2 as written on stdout: {@code id,
 * verdict, score, category, signals[], indicators[], advice[]} (and, for links, the brand
 * imitated). Optional fields are left out rather than written as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckReportJson(@Nullable String id, String verdict, double score, String category, List<SignalJson> signals,
		List<IndicatorJson> indicators, List<Advice> advice, @Nullable String imitates) {

	static CheckReportJson of(@Nullable String id, String verdict, double score, String category, List<Signal> signals,
			List<Indicator> indicators, List<Advice> advice, @Nullable String imitates) {
		return new CheckReportJson(id, verdict, score, category, signals.stream().map(SignalJson::of).toList(),
				indicators.stream().map(IndicatorJson::of).toList(), advice, imitates);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SignalJson(String code, double weight, @Nullable TextSpan span, String messageVi, String messageEn) {

		static SignalJson of(Signal s) {
			return new SignalJson(s.code(), s.weight(), s.span(), s.messageVi(), s.messageEn());
		}

	}

	/**
	 * An indicator with its type as the wire name ({@code phone}, {@code bank_account},
	 * …).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record IndicatorJson(String type, String value, String normalized, @Nullable TextSpan span, @Nullable String bank) {

		static IndicatorJson of(Indicator i) {
			return new IndicatorJson(i.type().wireName(), i.value(), i.normalized(), i.span(), i.bank());
		}

	}

	/** The line written for a batch request that could not be analysed. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Error(@Nullable String id, ErrorDetail error) {

	}

	record ErrorDetail(String code, String messageVi, String messageEn) {

	}

}
