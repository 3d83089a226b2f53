package vn.canhgiac.app.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@link AuditVerification} found. Problems name entries by seq only, never their
 * content.
 *
 * @param entries entries read
 * @param headSeq the last entry's seq (0 when the trail is empty)
 * @param lastCheckpoint the newest checkpoint in the export file, if any
 * @param checkpointsChecked checkpoints (file and database) compared with the chain
 * @param problems the first {@value #MAX_LISTED} problems, in the order found
 * @param problemCount all problems found
 */
public record AuditVerificationResult(long entries, long headSeq, @Nullable AuditCheckpoint lastCheckpoint,
		int checkpointsChecked, List<Problem> problems, long problemCount) {

	/** Problems beyond this many are counted, not listed. */
	public static final int MAX_LISTED = 1000;

	/** True when the chain is unbroken and agrees with every signed checkpoint. */
	public boolean intact() {
		return this.problemCount == 0;
	}

	/**
	 * One finding.
	 *
	 * @param kind what is wrong
	 * @param seq the entry (or checkpoint) concerned
	 * @param messageVi in Vietnamese
	 * @param messageEn in English
	 */
	public record Problem(Kind kind, long seq, String messageVi, String messageEn) {

		static Problem of(Kind kind, long seq, long other) {
			return switch (kind) {
				case EDITED -> new Problem(kind, seq, "Mục " + seq + " đã bị sửa (hash không khớp nội dung)",
						"Entry " + seq + " was altered (its hash does not match its content)");
				case BROKEN_LINK ->
					new Problem(kind, seq, "Mục " + seq + " không nối tiếp mục trước (bị sửa, chèn hoặc đổi thứ tự)",
							"Entry " + seq + " does not follow the entry before it (altered, inserted or reordered)");
				case MISSING -> new Problem(kind, seq, "Thiếu các mục " + seq + "–" + other + " (đã bị xoá)",
						"Entries " + seq + "–" + other + " are missing (deleted)");
				case TRUNCATED -> new Problem(kind, seq,
						"Nhật ký bị cắt cụt: mục cuối là " + other + " nhưng điểm kiểm tra đã ký bao gồm đến mục "
								+ seq,
						"The trail was truncated: the last entry is " + other + " but a signed checkpoint covers entry "
								+ seq);
				case CHECKPOINT_MISMATCH ->
					new Problem(kind, seq, "Mục " + seq + " khác với điểm kiểm tra đã ký (nhật ký bị viết lại)",
							"Entry " + seq + " differs from the signed checkpoint (the trail was rewritten)");
				case BAD_SIGNATURE -> new Problem(kind, seq, "Chữ ký của điểm kiểm tra mục " + seq + " không hợp lệ",
						"The signature of the checkpoint at entry " + seq + " is not valid");
				case HEAD_MISMATCH ->
					new Problem(kind, seq, "Bản ghi đầu chuỗi (mục " + seq + ") không khớp mục cuối " + other,
							"The chain head row (entry " + seq + ") does not match the last entry " + other);
				case CHECKPOINTS_MISSING -> new Problem(kind, seq,
						"Tệp điểm kiểm tra không có điểm nào, trong khi cơ sở dữ liệu có đến mục " + seq,
						"The checkpoint file holds no checkpoint although the database has one up to entry " + seq);
				case MALFORMED_CHECKPOINT ->
					new Problem(kind, seq, other + " dòng trong tệp điểm kiểm tra không đọc được",
							other + " lines of the checkpoint file cannot be read");
				case NO_PUBLIC_KEY -> new Problem(kind, seq, "Không có khoá công khai để kiểm tra chữ ký",
						"No public key to check the checkpoint signatures");
			};
		}

		/** What is wrong. */
		public enum Kind {

			/** An entry's content does not match its stored hash. */
			EDITED,
			/** An entry's prev_hash is not the previous entry's hash. */
			BROKEN_LINK,
			/** A gap in the seq numbers. */
			MISSING,
			/** The trail ends before a signed checkpoint. */
			TRUNCATED,
			/** The chain is consistent but differs from a signed checkpoint. */
			CHECKPOINT_MISMATCH,
			/** A checkpoint whose signature does not verify. */
			BAD_SIGNATURE,
			/** The head row does not match the last entry. */
			HEAD_MISMATCH,
			/** The database has checkpoints but the export file has none. */
			CHECKPOINTS_MISSING,
			/** Lines of the export file that are not checkpoints. */
			MALFORMED_CHECKPOINT,
			/** Checkpoints exist but no public key to check them. */
			NO_PUBLIC_KEY

		}

	}

}
