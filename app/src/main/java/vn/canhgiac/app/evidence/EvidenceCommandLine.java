package vn.canhgiac.app.evidence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code bin/canhgiac evidence verify}: re-hashes every stored object against the SHA-256
 * taken at intake and prints, per object, verified / not verified / missing, then the
 * counts. Exit code 0 when everything is verified, 1 otherwise, 2 for a wrong command.
 * Prints ids and hashes only, never content.
 */
@Component
@ConditionalOnProperty(name = "canhgiac.command", havingValue = "evidence")
class EvidenceCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final EvidenceManagement evidence;

	private int exitCode;

	EvidenceCommandLine(EvidenceManagement evidence) {
		this.evidence = evidence;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = List.of(args.getSourceArgs());
		if (words.size() != 2 || !words.get(1).equals("verify")) {
			System.err.println("Dùng / usage: bin/canhgiac evidence verify");
			this.exitCode = 2;
			return;
		}
		Map<EvidenceManagement.Verification.Status, Integer> counts = new TreeMap<>();
		for (EvidenceManagement.Verification verification : this.evidence.verifyAll()) {
			counts.merge(verification.status(), 1, Integer::sum);
			System.out.println(label(verification.status()) + "\t" + verification.id());
		}
		System.out.println("verified " + counts.getOrDefault(EvidenceManagement.Verification.Status.VERIFIED, 0)
				+ ", not verified " + counts.getOrDefault(EvidenceManagement.Verification.Status.NOT_VERIFIED, 0)
				+ ", missing " + counts.getOrDefault(EvidenceManagement.Verification.Status.MISSING, 0));
		this.exitCode = (counts.keySet().stream().allMatch((s) -> s == EvidenceManagement.Verification.Status.VERIFIED))
				? 0 : 1;
	}

	private static String label(EvidenceManagement.Verification.Status status) {
		return switch (status) {
			case VERIFIED -> "verified";
			case NOT_VERIFIED -> "NOT VERIFIED";
			case MISSING -> "MISSING";
		};
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
