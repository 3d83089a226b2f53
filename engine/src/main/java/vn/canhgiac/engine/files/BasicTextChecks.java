package vn.canhgiac.engine.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.canhgiac.engine.TextSpan;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;

/**
 * Stand-in for the message and link analyzers: reports the links it sees and judges
 * nothing.
 */
final class BasicTextChecks implements TextChecks {

	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"']+");

	@Override
	public Result message(String text) {
		List<Indicator> indicators = new ArrayList<>();
		Matcher m = URL.matcher(text);
		while (m.find()) {
			String url = m.group().replaceAll("[.,;:!?)\\]]+$", "");
			indicators.add(new Indicator(IndicatorType.URL, url, url, new TextSpan(m.start(), m.start() + url.length()),
					null));
		}
		return new Result(0, "none", List.of(), indicators);
	}

	@Override
	public Result link(String url) {
		if (url.isBlank() || url.startsWith("#") || url.startsWith("mailto:")) {
			return new Result(0, "none", List.of(), List.of());
		}
		return new Result(0, "none", List.of(), List.of(new Indicator(IndicatorType.URL, url, url, null, null)));
	}

}
