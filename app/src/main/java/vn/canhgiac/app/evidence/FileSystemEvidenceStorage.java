package vn.canhgiac.app.evidence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Evidence on the local file system under {@code CANHGIAC_HOME/evidence/ab/<uuid>}. A
 * write goes to a temporary file that is fsynced, renamed into place, and then the
 * directory is fsynced, so after {@link #put} returns the object survives a crash or
 * power loss.
 */
final class FileSystemEvidenceStorage implements EvidenceStorage {

	private final Path root;

	FileSystemEvidenceStorage(Path root) throws IOException {
		this.root = Files.createDirectories(root);
		Files.createDirectories(root.resolve("tmp"));
	}

	@Override
	public void put(UUID id, Writer writer) throws IOException {
		Path target = path(id);
		Path directory = Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(this.root.resolve("tmp"), id.toString(), ".part");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel),
							64 * 1024)) {
				writer.writeTo(out);
				out.flush();
				channel.force(true);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			fsyncDirectory(directory);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public InputStream get(UUID id) throws IOException {
		try {
			return Files.newInputStream(path(id));
		}
		catch (NoSuchFileException ex) {
			throw new EvidenceMissing(id);
		}
	}

	@Override
	public boolean exists(UUID id) {
		return Files.exists(path(id));
	}

	@Override
	public void delete(UUID id) throws IOException {
		Files.deleteIfExists(path(id));
	}

	@Override
	public List<UUID> listOlderThan(Instant before) throws IOException {
		List<UUID> result = new ArrayList<>();
		try (Stream<Path> files = Files.walk(this.root, 2)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (file.getParent().getFileName().toString().equals("tmp")) {
					continue;
				}
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					try {
						result.add(UUID.fromString(file.getFileName().toString()));
					}
					catch (IllegalArgumentException ex) {
						// not ours
					}
				}
			}
		}
		return result;
	}

	@Override
	public int deleteAbandonedWrites(Instant before) throws IOException {
		int deleted = 0;
		try (Stream<Path> files = Files.list(this.root.resolve("tmp"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
					deleted++;
				}
			}
		}
		return deleted;
	}

	private Path path(UUID id) {
		String name = id.toString();
		return this.root.resolve(name.substring(0, 2)).resolve(name);
	}

	private static void fsyncDirectory(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

}
