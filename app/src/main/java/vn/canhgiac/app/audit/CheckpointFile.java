package vn.canhgiac.app.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The export of checkpoints outside the database: one JSON line appended per checkpoint,
 * fsynced before the checkpoint counts as exported. Never rewritten.
 */
final class CheckpointFile {

	private CheckpointFile() {
	}

	static void append(Path file, AuditCheckpoint checkpoint) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		boolean created = !Files.exists(file);
		if (created) {
			Files.createDirectories(directory);
		}
		byte[] line = (checkpoint.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			ByteBuffer buffer = ByteBuffer.wrap(line);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		if (created) {
			try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
				dir.force(true);
			}
			catch (IOException ex) {
				// some file systems cannot sync a directory; the file itself is synced
			}
		}
	}

	/**
	 * Every line of the file, parsed; a line that is not a checkpoint is kept as null.
	 */
	static Lines read(Path file) throws IOException {
		List<AuditCheckpoint> checkpoints = new ArrayList<>();
		int malformed = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			Optional<AuditCheckpoint> checkpoint = AuditCheckpoint.parse(line);
			if (checkpoint.isPresent()) {
				checkpoints.add(checkpoint.get());
			}
			else {
				malformed++;
			}
		}
		return new Lines(checkpoints, malformed);
	}

	/** The last checkpoint in the file, read from its end. */
	static Optional<AuditCheckpoint> last(Path file) throws IOException {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			int size = (int) Math.min(length, 4096);
			byte[] tail = new byte[size];
			in.seek(length - size);
			in.readFully(tail);
			String[] lines = new String(tail, StandardCharsets.UTF_8).split("\n");
			for (int i = lines.length - 1; i >= 0; i--) {
				if (!lines[i].isBlank()) {
					return AuditCheckpoint.parse(lines[i]);
				}
			}
			return Optional.empty();
		}
	}

	record Lines(List<AuditCheckpoint> checkpoints, int malformed) {
	}

}
