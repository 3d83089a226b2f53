package vn.canhgiac.app.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes the original bytes as they stream past, and stops the upload as soon
 * as it passes the limit, before the rest is read.
 */
final class HashingLimitedInputStream extends FilterInputStream {

	private final MessageDigest sha256;

	private final long limitBytes;

	private final RuntimeException whenExceeded;

	private long count;

	HashingLimitedInputStream(InputStream in, long limitBytes, RuntimeException whenExceeded) {
		super(in);
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		this.limitBytes = limitBytes;
		this.whenExceeded = whenExceeded;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			account(new byte[] { (byte) b }, 0, 1);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			account(b, off, n);
		}
		return n;
	}

	private void account(byte[] b, int off, int n) {
		this.count += n;
		if (this.count > this.limitBytes) {
			throw this.whenExceeded;
		}
		this.sha256.update(b, off, n);
	}

	long count() {
		return this.count;
	}

	String sha256Hex() {
		return HexFormat.of().formatHex(this.sha256.digest());
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
