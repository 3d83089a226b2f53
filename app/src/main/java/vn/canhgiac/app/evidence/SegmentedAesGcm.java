package vn.canhgiac.app.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Streaming authenticated encryption of evidence: the plaintext is cut into 64 KiB
 * segments, each sealed with AES-256-GCM under the nonce
 * {@code prefix ‖ segment counter ‖ last-flag}. This is the STREAM construction of Hoang,
 * Reyhanitabar, Rogaway and Vizár, "Online Authenticated-Encryption and its Nonce-Reuse
 * Misuse-Resistance" (CRYPTO 2015), as used by Tink's streaming AEAD: memory stays
 * bounded for any file size, and reordered, dropped or truncated segments fail
 * authentication (the counter and the last-segment flag are in the nonce). The object id
 * is bound as associated data, so a ciphertext copied under another id does not decrypt.
 *
 * <p>
 * Format: {@code "CGE1"} ‖ 7-byte random nonce prefix ‖ segments, each
 * {@code ciphertext ‖ 16-byte tag}.
 */
final class SegmentedAesGcm {

	static final int SEGMENT_BYTES = 64 * 1024;

	private static final byte[] MAGIC = { 'C', 'G', 'E', '1' };

	private static final int PREFIX_BYTES = 7;

	private static final int TAG_BITS = 128;

	private static final int TAG_BYTES = TAG_BITS / 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SegmentedAesGcm() {
	}

	/** Encrypts everything from {@code in} to {@code out}. */
	static void encrypt(SecretKey key, byte[] associatedData, InputStream in, OutputStream out)
			throws IOException, GeneralSecurityException {
		byte[] prefix = new byte[PREFIX_BYTES];
		RANDOM.nextBytes(prefix);
		out.write(MAGIC);
		out.write(prefix);
		byte[] current = in.readNBytes(SEGMENT_BYTES);
		int counter = 0;
		while (true) {
			byte[] next = in.readNBytes(SEGMENT_BYTES);
			boolean last = next.length == 0;
			out.write(seal(Cipher.ENCRYPT_MODE, key, associatedData, prefix, counter++, last, current, current.length));
			if (last) {
				return;
			}
			current = next;
		}
	}

	/**
	 * An input stream of the plaintext; authentication failures surface as IOExceptions.
	 */
	static InputStream decrypt(SecretKey key, byte[] associatedData, InputStream ciphertext) throws IOException {
		byte[] magic = ciphertext.readNBytes(MAGIC.length);
		if (!Arrays.equals(magic, MAGIC)) {
			throw new IOException("not an encrypted evidence object");
		}
		byte[] prefix = ciphertext.readNBytes(PREFIX_BYTES);
		if (prefix.length != PREFIX_BYTES) {
			throw new IOException("truncated evidence object");
		}
		return new DecryptingStream(key, associatedData, prefix, ciphertext);
	}

	private static byte[] seal(int mode, SecretKey key, byte[] associatedData, byte[] prefix, int counter, boolean last,
			byte[] data, int length) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(counter).put((byte) (last ? 1 : 0)).array();
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associatedData);
		return cipher.doFinal(data, 0, length);
	}

	private static final class DecryptingStream extends InputStream {

		private final SecretKey key;

		private final byte[] associatedData;

		private final byte[] prefix;

		private final InputStream source;

		private byte[] buffer = new byte[0];

		private int position;

		private int counter;

		private boolean finished;

		private byte[] lookahead;

		DecryptingStream(SecretKey key, byte[] associatedData, byte[] prefix, InputStream source) throws IOException {
			this.key = key;
			this.associatedData = associatedData;
			this.prefix = prefix;
			this.source = source;
			this.lookahead = source.readNBytes(SEGMENT_BYTES + TAG_BYTES);
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return (n == -1) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			while (this.position == this.buffer.length) {
				if (this.finished) {
					return -1;
				}
				nextSegment();
			}
			int n = Math.min(len, this.buffer.length - this.position);
			System.arraycopy(this.buffer, this.position, b, off, n);
			this.position += n;
			return n;
		}

		private void nextSegment() throws IOException {
			byte[] sealed = this.lookahead;
			if (sealed.length < TAG_BYTES) {
				throw new IOException("truncated evidence object");
			}
			this.lookahead = this.source.readNBytes(SEGMENT_BYTES + TAG_BYTES);
			boolean last = this.lookahead.length == 0;
			try {
				this.buffer = seal(Cipher.DECRYPT_MODE, this.key, this.associatedData, this.prefix, this.counter++,
						last, sealed, sealed.length);
			}
			catch (GeneralSecurityException ex) {
				throw new IOException("evidence object failed authentication (altered, truncated or reordered)", ex);
			}
			this.position = 0;
			this.finished = last;
		}

		@Override
		public void close() throws IOException {
			this.source.close();
		}

	}

	/** For tests and small objects. */
	static byte[] encryptAll(SecretKey key, byte[] associatedData, byte[] plaintext)
			throws IOException, GeneralSecurityException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		encrypt(key, associatedData, new java.io.ByteArrayInputStream(plaintext), out);
		return out.toByteArray();
	}

}
