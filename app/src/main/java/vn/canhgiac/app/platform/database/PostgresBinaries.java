package vn.canhgiac.app.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 15 server binaries shipped in the zonky binaries jar from Maven Central,
 * unpacked once per version into a cache directory shared by every run on this machine.
 */
final class PostgresBinaries {

	static final String VERSION = "15.18.0";

	private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

	private PostgresBinaries() {
	}

	/**
	 * Returns the unpacked installation, unpacking it first if needed. Concurrent callers
	 * are safe: each unpacks into its own temporary directory and the first atomic rename
	 * wins.
	 */
	static Path unpack(Path cacheDir) {
		Path target = cacheDir.resolve("postgres-" + VERSION);
		if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
			return target;
		}
		if (!System.getProperty("os.name", "").toLowerCase().contains("linux")
				|| !System.getProperty("os.arch", "").matches("amd64|x86_64")) {
			throw new IllegalStateException("The embedded PostgreSQL ships for Linux x86-64 only. "
					+ "Configure an external database with SPRING_DATASOURCE_URL.");
		}
		try {
			Files.createDirectories(cacheDir);
			Path staging = Files.createTempDirectory(cacheDir, "unpacking-");
			try (InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
				if (archive == null) {
					throw new IllegalStateException("PostgreSQL binaries are missing from the classpath");
				}
				untar(new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive))), staging);
			}
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException | AtomicMoveNotSupportedException
					| java.nio.file.DirectoryNotEmptyException ex) {
				deleteRecursively(staging);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack PostgreSQL into " + cacheDir, ex);
		}
	}

	private static void untar(TarArchiveInputStream tar, Path into) throws IOException {
		TarArchiveEntry entry;
		while ((entry = tar.getNextEntry()) != null) {
			Path path = into.resolve(entry.getName()).normalize();
			if (!path.startsWith(into)) {
				throw new IOException("Unexpected path in PostgreSQL archive: " + entry.getName());
			}
			if (entry.isDirectory()) {
				Files.createDirectories(path);
			}
			else if (entry.isSymbolicLink()) {
				Files.createDirectories(path.getParent());
				Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
			}
			else {
				Files.createDirectories(path.getParent());
				Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
				Files.setPosixFilePermissions(path, permissions(entry.getMode()));
			}
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> result = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
		if ((mode & 0100) != 0) {
			result.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
					PosixFilePermission.OTHERS_EXECUTE));
		}
		return result;
	}

	static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (var walk = Files.walk(path)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
