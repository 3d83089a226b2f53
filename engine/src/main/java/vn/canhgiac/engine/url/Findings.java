package vn.canhgiac.engine.url;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Signal;

/**
 * Signals collected while inspecting one link, each with the threat category it points to
 * and the brand it concerns.
 */
final class Findings {

	record Finding(Signal signal, String category, @Nullable String brand) {
	}

	private final List<Finding> findings = new ArrayList<>();

	void add(String code, double weight, String category, @Nullable String brand, String messageVi, String messageEn) {
		for (Finding f : this.findings) {
			if (f.signal().code().equals(code)) {
				return;
			}
		}
		this.findings.add(new Finding(new Signal(code, weight, null, messageVi, messageEn), category, brand));
	}

	boolean has(String code) {
		return this.findings.stream().anyMatch((f) -> f.signal().code().equals(code));
	}

	List<Finding> strongestFirst() {
		List<Finding> sorted = new ArrayList<>(this.findings);
		sorted.sort(Comparator.comparingDouble((Finding f) -> f.signal().weight()).reversed());
		return sorted;
	}

	/** Independent pieces of evidence combined as a noisy-OR. */
	double score() {
		double none = 1;
		for (Finding f : this.findings) {
			none *= 1 - f.signal().weight();
		}
		return 1 - none;
	}

	@Nullable String brand() {
		return strongestFirst().stream().map(Finding::brand).filter((b) -> b != null).findFirst().orElse(null);
	}

}
