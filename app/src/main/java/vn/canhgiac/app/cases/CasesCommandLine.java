package vn.canhgiac.app.cases;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.checks.ContentCheck;
import vn.canhgiac.app.evidence.EvidenceManagement;
import vn.canhgiac.app.evidence.EvidenceManagement.Verification.Status;
import vn.canhgiac.app.reports.ReportManagement;

/**
 * {@code bin/canhgiac cases verify}: re-hashes the evidence of every case and prints, per
 * object and per case, verified / not verified / missing (like a forensic tool's
 * data-source integrity check). Exit code 0 when everything verifies, 1 otherwise, 2 for
 * a wrong command. Prints references, ids and hashes only.
 */
@Component
@ConditionalOnProperty(name = "canhgiac.command", havingValue = "cases")
class CasesCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final Cases cases;

	private final ReportManagement reports;

	private final CheckManagement checks;

	private final EvidenceManagement evidence;

	private int exitCode;

	CasesCommandLine(Cases cases, ReportManagement reports, CheckManagement checks, EvidenceManagement evidence) {
		this.cases = cases;
		this.reports = reports;
		this.checks = checks;
		this.evidence = evidence;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = List.of(args.getSourceArgs());
		if (words.size() != 2 || !words.get(1).equals("verify")) {
			System.err.println("Dùng / usage: bin/canhgiac cases verify");
			this.exitCode = 2;
			return;
		}
		int broken = 0;
		for (PoliceCase policeCase : this.cases.all()) {
			Map<Status, Integer> counts = new EnumMap<>(Status.class);
			for (UUID checkId : this.reports.checkIds(policeCase.reportId())) {
				ContentCheck check = this.checks.find(checkId).orElse(null);
				if (check == null) {
					continue;
				}
				this.evidence.find(check.evidenceId()).ifPresent((object) -> {
					Status status = this.evidence.verify(object).status();
					counts.merge(status, 1, Integer::sum);
					System.out
						.println(policeCase.ref() + "\t" + label(status) + "\t" + object.id() + "\t" + object.sha256());
				});
			}
			boolean intact = counts.keySet().stream().allMatch((s) -> s == Status.VERIFIED);
			broken += intact ? 0 : 1;
			System.out.println(policeCase.ref() + "\t" + (intact ? "CASE VERIFIED" : "CASE NOT VERIFIED") + "\t"
					+ "verified " + counts.getOrDefault(Status.VERIFIED, 0) + ", not verified "
					+ counts.getOrDefault(Status.NOT_VERIFIED, 0) + ", missing "
					+ counts.getOrDefault(Status.MISSING, 0));
		}
		System.out.println((broken == 0) ? "Mọi vụ việc nguyên vẹn. / Every case verifies."
				: broken + " vụ việc KHÔNG nguyên vẹn. / " + broken + " cases do NOT verify.");
		this.exitCode = (broken == 0) ? 0 : 1;
	}

	private static String label(Status status) {
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
