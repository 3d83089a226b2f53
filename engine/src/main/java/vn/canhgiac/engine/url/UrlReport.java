package vn.canhgiac.engine.url;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Advice;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.Indicator;

/**
 * What a link check found.
 *
 * @param verdict dangerous, suspicious or no signs
 * @param score 0..1, higher is more likely malicious
 * @param category the kind of threat behind the strongest signal, e.g.
 * {@code brand_impersonation}, {@code gov_impersonation}, {@code malware_download};
 * {@code none} without signals
 * @param signals the reasons, strongest first
 * @param indicators the link itself and anything else written in it
 * @param advice what to do, in the directive's words
 * @param imitates the protected brand the link imitates, if any
 * @param host the host in ASCII (punycode)
 * @param registrableDomain the domain its owner registered
 */
public record UrlReport(UrlVerdict verdict, double score, String category, List<Signal> signals,
		List<Indicator> indicators, List<Advice> advice, @Nullable String imitates, String host,
		String registrableDomain) {

}
