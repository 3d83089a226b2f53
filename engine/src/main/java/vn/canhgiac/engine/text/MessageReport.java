package vn.canhgiac.engine.text;

import java.util.List;

import vn.canhgiac.engine.Advice;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.Indicator;

/**
 * What a message check found.
 *
 * @param verdict scam, suspicious or no signs
 * @param score 0..1, higher is more likely a scam
 * @param category the kind of scam behind the strongest signal ({@code extortion},
 * {@code authority_impersonation}, {@code credential_theft}, …), {@code official_warning}
 * for a warning about scams, {@code none} without signals
 * @param signals the reasons, strongest first, with spans into the text as written
 * @param indicators contacts, accounts, wallets, links and amounts in the text
 * @param advice what to do, in the directive's words
 */
public record MessageReport(MessageVerdict verdict, double score, String category, List<Signal> signals,
		List<Indicator> indicators, List<Advice> advice) {

}
