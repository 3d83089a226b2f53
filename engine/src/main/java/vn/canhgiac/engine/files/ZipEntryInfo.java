package vn.canhgiac.engine.files;

/**
 * One record of a ZIP central directory, as declared (sizes can lie).
 *
 * @param name the path inside the archive, as written
 * @param method 0 stored, 8 deflated, others unsupported here
 * @param compressedSize declared compressed size
 * @param uncompressedSize declared uncompressed size
 * @param localHeaderOffset where the entry's local header starts
 * @param encrypted password-protected (traditional or AES)
 */
record ZipEntryInfo(String name, int method, long compressedSize, long uncompressedSize, long localHeaderOffset,
		boolean encrypted) {

	boolean isDirectory() {
		return this.name.endsWith("/");
	}

	/**
	 * Absolute paths, drive letters and {@code ..} segments write outside the folder the
	 * archive is extracted to ("Zip Slip").
	 */
	boolean escapesFolder() {
		String path = this.name.replace('\\', '/');
		return path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.equals("..") || path.startsWith("../")
				|| path.contains("/../") || path.endsWith("/..");
	}

}
