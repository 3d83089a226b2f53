package vn.canhgiac.engine.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.qr.QrCode;

/** What the inspectors of one file find, gathered before the verdict is computed. */
final class Findings {

	/** This file's own reasons; they make its score. */
	final List<Signal> signals = new ArrayList<>();

	/**
	 * Reasons of the message and link analyzers, shown but not scored again: their own
	 * score, which may damp them (an official warning about scams), stands for them.
	 */
	final List<Signal> reported = new ArrayList<>();

	final Map<String, String> categories = new HashMap<>();

	final Map<String, Indicator> indicators = new LinkedHashMap<>();

	final List<QrCode> qrCodes = new ArrayList<>();

	final List<String> handOffs = new ArrayList<>();

	final List<String> notes = new ArrayList<>();

	final List<FileReport> entries = new ArrayList<>();

	final StringBuilder text = new StringBuilder();

	/** Scores computed elsewhere (the message and link analyzers) with their category. */
	final List<Scored> verdicts = new ArrayList<>();

	@Nullable MailSummary mail;

	void add(String category, Signal signal) {
		if (!known(signal)) {
			this.signals.add(signal);
			this.categories.putIfAbsent(signal.code(), category);
		}
	}

	void report(Signal signal) {
		if (!known(signal)) {
			this.reported.add(signal);
		}
	}

	/**
	 * The same reason found twice (a link in the text and in the markup) is kept once.
	 */
	private boolean known(Signal signal) {
		return this.signals.stream().anyMatch((s) -> same(s, signal))
				|| this.reported.stream().anyMatch((s) -> same(s, signal));
	}

	private static boolean same(Signal a, Signal b) {
		return a.code().equals(b.code()) && a.messageEn().equals(b.messageEn()) && Objects.equals(a.span(), b.span());
	}

	List<Signal> allSignals() {
		List<Signal> all = new ArrayList<>(this.signals);
		all.addAll(this.reported);
		return all;
	}

	void add(String category, String code, double weight, String messageVi, String messageEn) {
		add(category, new Signal(code, weight, null, messageVi, messageEn));
	}

	void indicator(Indicator indicator) {
		this.indicators.putIfAbsent(indicator.type().wireName() + "|" + indicator.normalized(), indicator);
	}

	/** Appends text to analyse and returns the offset where it starts, for spans. */
	int appendText(String more) {
		if (!this.text.isEmpty()) {
			this.text.append("\n\n");
		}
		int offset = this.text.length();
		this.text.append(more);
		return offset;
	}

	record Scored(double score, String category) {
	}

}
