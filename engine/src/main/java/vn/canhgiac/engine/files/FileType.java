package vn.canhgiac.engine.files;

/**
 * The families of content the checks tell apart; the same family for the content and the
 * name means the name does not lie.
 */
enum FileType {

	EXECUTABLE, APK, JAR, OOXML, OLE, ZIP, OTHER_ARCHIVE, PDF, IMAGE, SVG, XML, HTML, MAIL, TEXT, DISK_IMAGE, SHORTCUT,
	UNKNOWN;

}
