package vn.canhgiac.app.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code bin/canhgiac audit verify [--checkpoints FILE]} recomputes the hash chain and
 * compares it with the signed checkpoints; {@code bin/canhgiac audit checkpoint} signs
 * and exports one now. Exit code 0 when intact (or checkpointed), 1 when tampered, 2 for
 * a wrong command. Prints seq numbers only, never entry content.
 */
@Component
@ConditionalOnProperty(name = "canhgiac.command", havingValue = "audit")
class AuditCommandLine implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = "Dùng / usage: bin/canhgiac audit verify [--checkpoints FILE] | bin/canhgiac audit checkpoint";

	private final AuditVerification verification;

	private final AuditCheckpoints checkpoints;

	private int exitCode;

	AuditCommandLine(AuditVerification verification, AuditCheckpoints checkpoints) {
		this.verification = verification;
		this.checkpoints = checkpoints;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.exitCode = run(List.of(args.getSourceArgs()));
	}

	private int run(List<String> words) {
		if (words.size() == 2 && words.get(1).equals("checkpoint")) {
			return checkpoint();
		}
		if (words.size() == 2 && words.get(1).equals("verify")) {
			return verify(this.checkpoints.checkpointFile(), false);
		}
		if (words.size() == 4 && words.get(1).equals("verify") && words.get(2).equals("--checkpoints")) {
			return verify(Path.of(words.get(3)), true);
		}
		if (words.size() == 3 && words.get(1).equals("verify") && words.get(2).startsWith("--checkpoints=")) {
			return verify(Path.of(words.get(2).substring("--checkpoints=".length())), true);
		}
		System.err.println(USAGE);
		return 2;
	}

	private int checkpoint() {
		Optional<AuditCheckpoint> checkpoint;
		try {
			checkpoint = this.checkpoints.checkpointNow();
		}
		catch (IllegalStateException ex) {
			System.err
				.println("Không ký được điểm kiểm tra: đầu chuỗi không khớp nhật ký; chạy bin/canhgiac audit verify"
						+ " / Cannot sign a checkpoint: the chain head does not match the trail; run bin/canhgiac audit verify");
			return 1;
		}
		if (checkpoint.isEmpty()) {
			System.out
				.println("Nhật ký kiểm toán còn trống, chưa có gì để ký / The audit trail is empty, nothing to sign");
			return 0;
		}
		System.out.println("Đã ký điểm kiểm tra tại mục " + checkpoint.get().seq() + " vào "
				+ this.checkpoints.checkpointFile() + " / Checkpoint signed at entry " + checkpoint.get().seq());
		System.out.println(checkpoint.get().toJson());
		return 0;
	}

	private int verify(Path file, boolean explicit) {
		if (explicit && !Files.isRegularFile(file)) {
			System.err.println("Không tìm thấy tệp điểm kiểm tra " + file + " / Checkpoint file not found: " + file);
			return 2;
		}
		AuditVerificationResult result = this.verification.verify(file);
		for (AuditVerificationResult.Problem problem : result.problems()) {
			System.out.println(problem.kind() + "\t" + problem.messageVi() + " / " + problem.messageEn());
		}
		if (result.problemCount() > result.problems().size()) {
			System.out.println("… và " + (result.problemCount() - result.problems().size()) + " vấn đề khác / and "
					+ (result.problemCount() - result.problems().size()) + " more problems");
		}
		String checkpoint = (result.lastCheckpoint() != null) ? String.valueOf(result.lastCheckpoint().seq()) : "-";
		if (result.intact()) {
			System.out
				.println("NGUYÊN VẸN: " + result.entries() + " mục, điểm kiểm tra đã ký cuối cùng tại mục " + checkpoint
						+ " / INTACT: " + result.entries() + " entries, last signed checkpoint at entry " + checkpoint);
			if (result.lastCheckpoint() == null && result.entries() > 0) {
				System.out.println("Chưa có điểm kiểm tra đã ký: chạy bin/canhgiac audit checkpoint"
						+ " / No signed checkpoint yet: run bin/canhgiac audit checkpoint");
			}
			return 0;
		}
		System.out.println("BỊ CAN THIỆP: " + result.problemCount() + " vấn đề trong " + result.entries() + " mục"
				+ " / TAMPERED: " + result.problemCount() + " problems in " + result.entries() + " entries");
		return 1;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
