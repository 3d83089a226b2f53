package vn.canhgiac.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.canhgiac.engine.evidence.CasePackageVerifier;

/**
 * {@code canhgiac verify-package FILE}: checks a case evidence package offline and prints
 * verified / NOT VERIFIED / MISSING / NOT LISTED per file. Exit code 0 when intact, 1
 * otherwise.
 */
@Command(name = "verify-package", mixinStandardHelpOptions = true,
		description = {
				"Kiểm tra gói chứng cứ của vụ việc (ngoại tuyến): chữ ký, điểm kiểm tra nhật ký, mã băm từng tệp.",
				"Verify a case evidence package offline: signature, audit checkpoint, every file's hash." })
final class VerifyPackageCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "gói .zip / the package (.zip)")
	Path file;

	@Option(names = "--public-key", paramLabel = "KEY",
			description = "khoá công khai audit-signing.pub (tệp) để ghim / the published audit key file to pin")
	@Nullable Path publicKey;

	@Override
	public Integer call() throws Exception {
		String pinned = (this.publicKey != null) ? Files.readString(this.publicKey) : null;
		CasePackageVerifier.Result result;
		try (InputStream in = Files.newInputStream(this.file)) {
			result = CasePackageVerifier.verify(in, pinned);
		}
		for (CasePackageVerifier.FileResult file : result.files()) {
			System.out.println(label(file.status()) + "\t" + file.path());
		}
		result.problems().forEach((problem) -> System.out.println("PROBLEM\t" + problem));
		System.out.println("case " + result.caseRef() + ", key " + result.keyFingerprint()
				+ (result.pinned() ? " (pinned)" : " (taken from the package; pin it with --public-key)"));
		if (result.intact()) {
			System.out.println("Gói chứng cứ nguyên vẹn. / The package is intact.");
			return 0;
		}
		System.out.println("Gói chứng cứ KHÔNG nguyên vẹn. / The package is NOT intact.");
		return 1;
	}

	private static String label(CasePackageVerifier.Status status) {
		return switch (status) {
			case VERIFIED -> "verified";
			case NOT_VERIFIED -> "NOT VERIFIED";
			case MISSING -> "MISSING";
			case NOT_LISTED -> "NOT LISTED";
		};
	}

}
