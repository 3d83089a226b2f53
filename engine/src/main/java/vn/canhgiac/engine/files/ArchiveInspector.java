package vn.canhgiac.engine.files;

/**
 * ZIP archives: bomb guards from the directory before inflating, then every entry checked
 * as a file of its own. Encrypted entries cannot be checked, which is why criminals send
 * them with the password in the message.
 */
final class ArchiveInspector {

	/**
	 * Small entries may compress extremely well (a file of zeros) without being a threat.
	 */
	private static final long RATIO_CHECKED_ABOVE_BYTES = 1024 * 1024;

	private ArchiveInspector() {
	}

	/**
	 * Refuses the archive when its directory promises a bomb: too many entries (checked
	 * while reading the directory), overlapping entries, a total above the remaining
	 * budget, or an entry with an extreme ratio.
	 */
	static ZipDirectory guarded(byte[] bytes, Inspection inspection) {
		FileLimits limits = inspection.limits;
		ZipDirectory directory = ZipDirectory.read(bytes, limits.maxArchiveEntries());
		if (directory.hasOverlappingEntries()) {
			throw Rejections.bomb();
		}
		long total = 0;
		for (ZipEntryInfo entry : directory.entries()) {
			total += entry.uncompressedSize();
			boolean large = entry.uncompressedSize() > RATIO_CHECKED_ABOVE_BYTES;
			if (large
					&& entry.uncompressedSize() / Math.max(1, entry.compressedSize()) > limits.maxCompressionRatio()) {
				throw Rejections.bomb();
			}
		}
		if (total > inspection.remainingBudget() || total < 0) {
			throw Rejections.bomb();
		}
		return directory;
	}

	static void inspect(byte[] bytes, Inspection inspection) {
		ZipDirectory directory = guarded(bytes, inspection);
		Findings findings = inspection.findings;
		int encrypted = 0;
		for (ZipEntryInfo entry : directory.entries()) {
			if (entry.escapesFolder()) {
				findings.add("malware", "archive_path_traversal", 0.8,
						"Tệp nén chứa đường dẫn ghi ra ngoài thư mục giải nén (" + entry.name() + ").",
						"The archive holds a path that writes outside the extraction folder (" + entry.name() + ").");
			}
			if (entry.isDirectory()) {
				continue;
			}
			if (entry.encrypted()) {
				encrypted++;
				continue;
			}
			if (entry.method() != 0 && entry.method() != 8) {
				findings.notes.add("Entry " + entry.name() + " uses a compression method that is not inspected.");
				continue;
			}
			inspection.inflate(entry.uncompressedSize());
			findings.entries.add(inspection.nested(directory.inflate(entry), entry.name()));
		}
		if (encrypted > 0) {
			findings.add("archive_evasion", "archive_encrypted_entry", 0.5,
					"Tệp nén có " + encrypted
							+ " tệp đặt mật khẩu, không kiểm tra được bên trong; kẻ gian hay dùng cách này để "
							+ "qua mặt phần mềm diệt virus.",
					"The archive holds " + encrypted + " password-protected entries that cannot be checked; this is "
							+ "a common way to slip malware past scanners.");
		}
	}

}
