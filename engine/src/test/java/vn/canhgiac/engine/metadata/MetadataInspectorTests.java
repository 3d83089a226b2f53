package vn.canhgiac.engine.metadata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataInspectorTests {

	private static final RgbImage SCENE = SyntheticImages.texturedScene(320, 240, 21);

	@Test
	void reportsAnXxePacketAndResolvesNothing(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "CANARY-7f3a");
		String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><!DOCTYPE x [<!ENTITY leak SYSTEM \""
				+ secret.toUri() + "\">]><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
				+ "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
				+ "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"&leak;\"/></rdf:RDF></x:xmpmeta>"
				+ "<?xpacket end=\"w\"?>";
		byte[] jpeg = withApp1(ImageCodec.encodeJpeg(SCENE, 90),
				concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
						xmp.getBytes(StandardCharsets.UTF_8)));
		MetadataSummary summary = MetadataInspector.inspect(jpeg, SCENE);
		assertThat(summary.xmpEntityDeclaration()).isTrue();
		assertThat(summary.toString()).doesNotContain("CANARY");
		assertThat(summary.software()).isNull();
	}

	@Test
	void readsCreatorToolFromAHarmlessXmpPacketAsEditingSoftware() {
		String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
				+ "xmp:CreatorTool=\"Adobe Photoshop 24.0 (Windows)\"/></rdf:RDF></x:xmpmeta>";
		byte[] jpeg = withApp1(ImageCodec.encodeJpeg(SCENE, 90),
				concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
						xmp.getBytes(StandardCharsets.UTF_8)));
		MetadataSummary summary = MetadataInspector.inspect(jpeg, SCENE);
		assertThat(summary.xmpEntityDeclaration()).isFalse();
		assertThat(summary.editingSoftware()).contains("Photoshop");
	}

	@Test
	void strippedPictureHasNoMetadataAndThatIsAll() {
		MetadataSummary summary = MetadataInspector.inspect(ImageCodec.encodeJpeg(SCENE, 80), SCENE);
		assertThat(summary.anyMetadata()).isFalse();
		assertThat(summary.editingSoftware()).isNull();
	}

	@Test
	void thumbnailOfAnotherSceneDoesNotCorrelate() {
		RgbImage other = SyntheticImages.texturedScene(320, 240, 22);
		byte[] sameThumb = ImageCodec.encodeJpeg(ImageCodec.resize(SCENE, 160, 120), 85);
		byte[] otherThumb = ImageCodec.encodeJpeg(ImageCodec.resize(other, 160, 120), 85);
		double same = MetadataInspector
			.inspect(withApp1(ImageCodec.encodeJpeg(SCENE, 90), exifWithThumbnail(sameThumb)), SCENE)
			.thumbnailCorrelation();
		double changed = MetadataInspector
			.inspect(withApp1(ImageCodec.encodeJpeg(SCENE, 90), exifWithThumbnail(otherThumb)), SCENE)
			.thumbnailCorrelation();
		assertThat(same).isGreaterThan(0.9);
		assertThat(changed).isLessThan(0.5);
	}

	@Test
	void recognisesMobileEditors() {
		assertThat(MetadataInspector.firstEditor("Canon EOS", "Meitu 9.1")).isEqualTo("Meitu 9.1");
		assertThat(MetadataInspector.firstEditor("Canon EOS 5D firmware 1.1", null)).isNull();
	}

	/**
	 * "Exif\0\0", a minimal big-endian TIFF header with an empty IFD, then the thumbnail.
	 */
	private static byte[] exifWithThumbnail(byte[] thumbnail) {
		byte[] header = { 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0 };
		return concat(header, thumbnail);
	}

	static byte[] withApp1(byte[] jpeg, byte[] payload) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xff);
		out.writeBytes(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
