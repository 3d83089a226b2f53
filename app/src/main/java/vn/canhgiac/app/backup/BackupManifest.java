package vn.canhgiac.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code manifest.sha256} of a backup directory, in the format of {@code sha256sum}, so
 * that {@code cd DIR && sha256sum -c manifest.sha256} checks a backup without the portal.
 * Written last: a directory without it is an unfinished backup.
 */
final class BackupManifest {

	static final String FILE = "manifest.sha256";

	private BackupManifest() {
	}

	/** Hashes every file under {@code dir} and writes the manifest. */
	static Map<String, String> write(Path dir) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		for (Path file : files(dir)) {
			hashes.put(relative(dir, file), sha256(file));
		}
		StringBuilder text = new StringBuilder();
		hashes.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
		Path temp = dir.resolve(FILE + ".tmp");
		Files.writeString(temp, text, StandardCharsets.UTF_8);
		Files.move(temp, dir.resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return hashes;
	}

	/** The manifest as name → hash. */
	static Map<String, String> read(Path dir) throws IOException {
		Path manifest = dir.resolve(FILE);
		if (!Files.isRegularFile(manifest)) {
			throw new BackupFailed("Không có " + FILE + " trong " + dir + ": bản sao lưu chưa hoàn tất",
					"No " + FILE + " in " + dir + ": the backup is incomplete");
		}
		Map<String, String> hashes = new TreeMap<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				hashes.put(line.substring(66), line.substring(0, 64));
			}
		}
		return hashes;
	}

	/**
	 * Every file listed, with its hash, and no file unlisted; returns the problems (names
	 * only).
	 */
	static List<String> check(Path dir, Map<String, String> hashes) throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files(dir)) {
			String name = relative(dir, file);
			String expected = hashes.get(name);
			if (expected == null) {
				problems.add("not in the manifest: " + name);
			}
			else if (!expected.equals(sha256(file))) {
				problems.add("hash differs: " + name);
			}
		}
		for (String name : hashes.keySet()) {
			if (!Files.isRegularFile(dir.resolve(name))) {
				problems.add("missing: " + name);
			}
		}
		return problems;
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return sha256(in);
		}
	}

	static String sha256(InputStream in) throws IOException {
		MessageDigest digest = digest();
		try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
			in.transferTo(out);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
				.filter((f) -> !f.getFileName().toString().startsWith(FILE))
				.sorted()
				.toList();
		}
	}

	private static String relative(Path dir, Path file) {
		return dir.relativize(file).toString().replace('\\', '/');
	}

}
