package vn.canhgiac.app.intel;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.engine.image.DecodeLimits;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.match.ReferenceMatcher;
import vn.canhgiac.engine.text.TextFingerprint;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class IntelCorrelationTests {

	@Autowired
	IntelManagement intel;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IntelProperties properties;

	private UUID caseWith(ObservedIndicator... values) {
		UUID caseId = UUID.randomUUID();
		this.events.publishEvent(
				new IndicatorsObserved(IndicatorsObserved.Source.CASE, caseId, caseId, List.of(values), Instant.now()));
		return caseId;
	}

	private static String uniquePhone(Random random) {
		return "091" + (1_000_000 + random.nextInt(8_999_999));
	}

	@Test
	void casesSharingAWalletFormOneCampaignWhateverTheWriting() {
		Random random = new Random();
		String handle = "@extortion_" + Integer.toHexString(random.nextInt());
		UUID a = caseWith(new ObservedIndicator("telegram", handle),
				new ObservedIndicator("phone", uniquePhone(random)));
		UUID b = caseWith(new ObservedIndicator("telegram", "t.me/" + handle.substring(1).toUpperCase()));
		UUID c = caseWith(new ObservedIndicator("telegram", handle));
		UUID unrelated = caseWith(new ObservedIndicator("phone", uniquePhone(random)));
		UUID campaign = this.intel.campaignOf(a).orElseThrow();
		assertThat(this.intel.campaignOf(b)).contains(campaign);
		assertThat(this.intel.campaignOf(c)).contains(campaign);
		assertThat(this.intel.campaignOf(unrelated)).isPresent().get().isNotEqualTo(campaign);
		List<RelatedCase> related = this.intel.relatedCases(a);
		assertThat(related).extracting(RelatedCase::caseId).containsExactlyInAnyOrder(b, c);
		assertThat(related.get(0).shared()).extracting(RelatedCase.SharedIndicator::value).containsExactly(handle);
		assertThat(related.get(0).campaignId()).isEqualTo(campaign);
		CampaignGraph graph = this.intel.campaign(campaign).orElseThrow();
		assertThat(graph.size()).isEqualTo(3);
		assertThat(graph.indicators()).singleElement().satisfies((node) -> {
			assertThat(node.value()).isEqualTo(handle);
			assertThat(node.cases()).hasSize(3);
		});
	}

	@Test
	void aValueSharedByManyCasesIsFlaggedAndStorageStaysLinear() {
		Random random = new Random();
		String wallet = "0x52908400098527886E0F7030069857D2E4169EE7";
		int n = this.properties.overCorrelationCases();
		int cases = n + 10;
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			ids.add(caseWith(new ObservedIndicator("crypto_wallet", wallet),
					new ObservedIndicator("phone", uniquePhone(random))));
		}
		IndicatorRow row = this.intel.search(wallet, null, "crypto_wallet", 1).get(0);
		assertThat(row.overCorrelated()).isTrue();
		assertThat(row.caseCount()).isEqualTo(cases);
		// Two sightings per case, one case row and one campaign row per case: linear.
		UUID[] ours = ids.toArray(UUID[]::new);
		assertThat(this.jdbc.sql("select count(*) from intel_sighting where case_id = any(?)")
			.param(ours)
			.query(Long.class)
			.single()).isEqualTo(2L * cases);
		assertThat(this.jdbc.sql("select count(*) from intel_case where case_id = any(?)")
			.param(ours)
			.query(Long.class)
			.single()).isEqualTo(cases);
		assertThat(this.jdbc.sql(
				"select count(*) from intel_campaign where id in (select campaign_id from intel_case where case_id = any(?))")
			.param(ours)
			.query(Long.class)
			.single()).isEqualTo(cases);
		// The flagged value links nothing, not even the cases it had linked before.
		for (UUID id : ids) {
			assertThat(this.intel.relatedCases(id)).isEmpty();
		}
		assertThat(ids.stream().map((id) -> this.intel.campaignOf(id).orElseThrow()).distinct()).hasSize(cases);
	}

	@Test
	void allowlistedValuesNeverLink() {
		UUID a = caseWith(new ObservedIndicator("phone", "1900 545 413"),
				new ObservedIndicator("domain", "facebook.com"));
		UUID b = caseWith(new ObservedIndicator("phone", "+841900545413"),
				new ObservedIndicator("domain", "www.facebook.com"));
		assertThat(this.intel.relatedCases(a)).isEmpty();
		assertThat(this.intel.campaignOf(a)).isNotEqualTo(this.intel.campaignOf(b));
		assertThat(this.intel.lookup("1900545413").verdict()).isEqualTo("unknown");
	}

	@Test
	void nearDuplicatePicturesLinkAndDifferentPicturesDoNot() {
		BufferedImage original = picture(11);
		RgbImage rgb = ImageCodec.toRgb(original);
		String hashOriginal = ReferenceMatcher
			.perceptualHash(ImageCodec.decode(ImageCodec.encodeJpeg(rgb, 92), DecodeLimits.DEFAULT).image());
		// Captioned, resized to half and recompressed hard, as a messenger does.
		BufferedImage captioned = picture(11);
		Graphics2D g = captioned.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(500, 440, 130, 30);
		g.dispose();
		RgbImage captionedRgb = ImageCodec.toRgb(captioned);
		RgbImage smaller = ImageCodec.resize(captionedRgb, rgb.width() / 2, rgb.height() / 2);
		String hashResized = ReferenceMatcher
			.perceptualHash(ImageCodec.decode(ImageCodec.encodeJpeg(smaller, 55), DecodeLimits.DEFAULT).image());
		String hashOther = ReferenceMatcher.perceptualHash(ImageCodec.toRgb(picture(12)));
		assertThat(ReferenceMatcher.hashDistance(hashOriginal, hashResized)).isBetween(1, 10);
		assertThat(ReferenceMatcher.hashDistance(hashOriginal, hashOther)).isGreaterThan(10);
		UUID a = caseWith(new ObservedIndicator("image_hash", hashOriginal));
		UUID b = caseWith(new ObservedIndicator("image_hash", hashResized));
		UUID c = caseWith(new ObservedIndicator("image_hash", hashOther));
		assertThat(this.intel.relatedCases(a)).extracting(RelatedCase::caseId).containsExactly(b);
		assertThat(this.intel.relatedCases(a).get(0).shared().get(0).nearDuplicate()).isTrue();
		assertThat(this.intel.campaignOf(b)).isEqualTo(this.intel.campaignOf(a));
		assertThat(this.intel.campaignOf(c)).isNotEqualTo(this.intel.campaignOf(a));
		assertThat(this.intel.relatedCases(c)).isEmpty();
	}

	@Test
	void nearDuplicateLettersLink() {
		String letter = "Gửi ông %s, chúng tôi đang giữ những hình ảnh nhạy cảm của ông tại khách sạn. Nếu không muốn "
				+ "những hình ảnh này bị gửi đến cơ quan và gia đình, ông hãy chuyển %s triệu vào ví USDT dưới đây trong "
				+ "vòng 48 giờ. Liên hệ Telegram để được hướng dẫn. Đừng báo công an, chúng tôi biết nhà ông.";
		UUID a = caseWith(new ObservedIndicator("text_fingerprint",
				TextFingerprint.simHash64(String.format(letter, "Nguyễn Văn An", "150"))));
		UUID b = caseWith(new ObservedIndicator("text_fingerprint",
				TextFingerprint.simHash64(String.format(letter, "Trần Thị Bình", "200"))));
		UUID c = caseWith(new ObservedIndicator("text_fingerprint", TextFingerprint.simHash64(
				"Thông báo lịch họp giao ban tuần tới dời sang chiều thứ năm tại hội trường tầng hai, các phòng chuẩn bị báo cáo.")));
		assertThat(this.intel.relatedCases(a)).extracting(RelatedCase::caseId).containsExactly(b);
		assertThat(this.intel.relatedCases(c)).isEmpty();
	}

	@Test
	void checkSightingsNeverLinkCases() {
		Random random = new Random();
		String phone = uniquePhone(random);
		UUID check = UUID.randomUUID();
		this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.CHECK, check, null,
				List.of(new ObservedIndicator("phone", phone)), Instant.now()));
		UUID a = caseWith(new ObservedIndicator("phone", phone));
		assertThat(this.intel.relatedCases(a)).isEmpty();
		assertThat(this.intel.reportCount("phone", phone)).isZero();
	}

	@Autowired
	org.thymeleaf.spring6.SpringTemplateEngine templates;

	@Test
	void theCasePageFragmentListsRelatedCasesAndLinksTheCampaign() {
		String wallet = "0x52908400098527886E0F7030069857D2E4169EE7";
		String handle = "@fragment_" + Integer.toHexString(new Random().nextInt());
		UUID a = caseWith(new ObservedIndicator("telegram", handle));
		UUID b = caseWith(new ObservedIndicator("telegram", handle),
				new ObservedIndicator("domain", "vay-fragment.xyz"));
		org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(
				java.util.Locale.forLanguageTag("vi"));
		context.setVariable("links", this.intel.relatedCases(a));
		String html = this.templates.process("intel-test/case", context);
		assertThat(html).contains("Vụ việc liên quan")
			.contains("/cases/" + b)
			.contains(handle)
			.contains("/intel/campaigns/" + this.intel.campaignOf(a).orElseThrow())
			.doesNotContain("vay-fragment.xyz")
			.doesNotContain(wallet);
		context.setVariable("links", List.of());
		assertThat(this.templates.process("intel-test/case", context)).contains("Chưa có vụ việc nào khác");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** A synthetic picture: blocks and stripes from a seed. */
	static BufferedImage picture(int seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
		g.fillRect(0, 0, 640, 480);
		for (int i = 0; i < 12; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
			g.fillRect(random.nextInt(560), random.nextInt(400), 40 + random.nextInt(200), 40 + random.nextInt(200));
			g.fillOval(random.nextInt(560), random.nextInt(400), 30 + random.nextInt(120), 30 + random.nextInt(120));
		}
		g.dispose();
		return image;
	}

}
