package vn.canhgiac.app.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.cases.CaseManagement;
import vn.canhgiac.app.cases.CaseSeverity;
import vn.canhgiac.app.cases.CaseStatus;
import vn.canhgiac.app.cases.PoliceCase;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.platform.CanhGiacProperties;
import vn.canhgiac.app.reports.Report;
import vn.canhgiac.app.reports.ReportCategory;
import vn.canhgiac.app.reports.ReportChannel;
import vn.canhgiac.app.reports.ReportDraft;
import vn.canhgiac.app.reports.ReportManagement;

/**
 * Example reports and cases for demo mode, spread over stations and statuses, so that
 * every page has something to show and the verification commands have objects to check.
 * Pictures and messages are synthetic (drawn here, written here), never real people's.
 * Three reports share one Telegram handle and one wallet: a campaign for the intel pages.
 */
@Component
@Order(1)
class DemoReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	static final String GANG_TELEGRAM = "@hotro_xoaanh_24h";

	static final String GANG_WALLET = "TQrZ9wBzQ5D4hJvRHVkPDYqd4hWy9DyLqP";

	private final CanhGiacProperties properties;

	private final ReportManagement reports;

	private final CaseManagement cases;

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoReports(CanhGiacProperties properties, ReportManagement reports, CaseManagement cases,
			AccountManagement accounts, DirectoryManagement directory, JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${canhgiac.demo.sample-reports:true}") boolean enabled) {
		this.properties = properties;
		this.reports = reports;
		this.cases = cases;
		this.accounts = accounts;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.properties.isDemo() || this.accounts.account("staff").isEmpty()
				|| this.jdbc.sql("select count(*) from report").query(Long.class).single() > 0) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> seed());
		log.info("Demo reports and cases loaded");
	}

	private void seed() {
		AuthenticatedPerson staff = user("staff");
		AuthenticatedPerson staff2 = user("staff2");
		AuthenticatedPerson police = user("police");
		AuthenticatedPerson police2 = user("police2");
		AuthenticatedPerson admin = user("policeadmin");
		Long thanhCong = commune("P-TC");
		Long hoaBinh = commune("X-HB");

		Report first = submit(staff, ReportCategory.EXTORTION_IMAGES, ReportChannel.LETTER,
				"Tôi nhận được thư gửi đến cơ quan, trong thư có ảnh ghép mặt tôi và mã QR, đòi chuyển tiền trong 48 giờ.",
				"", GANG_TELEGRAM, GANG_WALLET, 200_000_000L, null, null, List.of(letter(), composite()));
		Report second = submit(staff2, ReportCategory.EXTORTION_IMAGES, ReportChannel.TELEGRAM,
				"Có người nhắn Telegram gửi ảnh nhạy cảm bị ghép, dọa gửi cho gia đình nếu không chuyển USDT.",
				"Chung toi co anh nhay cam cua anh. Lien he " + GANG_TELEGRAM
						+ " de xoa anh truoc 72 gio, chuyen 5000 USDT vao vi " + GANG_WALLET,
				GANG_TELEGRAM, GANG_WALLET, 120_000_000L, null, thanhCong, List.of(composite()));
		Report third = submit(null, ReportCategory.EXTORTION_IMAGES, ReportChannel.EMAIL,
				"Email gửi đến hộp thư công vụ kèm ảnh ghép, yêu cầu chuyển tiền.", "", GANG_TELEGRAM, "", 80_000_000L,
				null, hoaBinh, List.of());
		Report fourth = submit(staff, ReportCategory.IMPERSONATION, ReportChannel.CALL,
				"Người gọi xưng là Công an, nói tôi liên quan đường dây rửa tiền và yêu cầu cài ứng dụng.",
				"Cuc Canh sat thong bao: tai khoan cua ban lien quan vu an. Truy cap http://dichvucong-bocongan.top de xac minh.",
				"", "", null, null, null, List.of());
		Report fifth = submit(staff2, ReportCategory.INVESTMENT, ReportChannel.ZALO,
				"Được mời vào nhóm Zalo đầu tư tiền ảo, đã chuyển 30 triệu.", "", "", "", 0L, 30_000_000L, thanhCong,
				List.of());
		Report sixth = submit(null, ReportCategory.FAKE_APP, ReportChannel.SMS,
				"Tin nhắn giả ngân hàng yêu cầu cập nhật sinh trắc học.",
				"VCB thong bao: tai khoan cua quy khach se bi khoa. Cap nhat sinh trac hoc tai vcb-sinhtrachoc.xyz", "",
				"", null, null, null, List.of());
		Report duplicate = submit(staff, ReportCategory.EXTORTION_IMAGES, ReportChannel.LETTER,
				"Gửi bổ sung: thư thứ hai cùng nội dung.", "", GANG_TELEGRAM, "", null, null, null, List.of());

		PoliceCase c1 = caseOf(first);
		this.cases.triage(c1.id(), ReportCategory.EXTORTION_IMAGES.name(), CaseSeverity.CRITICAL, police);
		this.cases.assign(c1.id(), police.accountId(), police);
		this.cases.addTask(c1.id(), "Làm việc với người phản ánh, thu giữ phong bì thư", police.accountId(), police);
		this.cases.messageReporter(c1.id(),
				"Công an phường đã tiếp nhận. Đề nghị anh/chị giữ nguyên thư và phong bì, không chuyển tiền, không liên lạc với số trong thư.",
				police);
		this.cases.merge(caseOf(duplicate).id(), c1.ref(), police);
		PoliceCase c2 = caseOf(second);
		this.cases.triage(c2.id(), ReportCategory.EXTORTION_IMAGES.name(), CaseSeverity.HIGH, police2);
		this.cases.move(c2.id(), CaseStatus.REFERRED, "Chuyển Phòng An ninh mạng do liên quan nhiều nạn nhân", police2);
		PoliceCase c4 = caseOf(fourth);
		this.cases.triage(c4.id(), ReportCategory.IMPERSONATION.name(), CaseSeverity.MEDIUM, police);
		PoliceCase c5 = caseOf(fifth);
		this.cases.assign(c5.id(), police2.accountId(), police2);
		PoliceCase c6 = caseOf(sixth);
		this.cases.move(c6.id(), CaseStatus.CLOSED, "Đã hướng dẫn người dân, chặn tên miền giả mạo", admin);
		caseOf(third);
	}

	private Report submit(@Nullable AuthenticatedPerson reporter, ReportCategory category, ReportChannel channel,
			String description, String pasted, String telegram, String wallet, @Nullable Long demanded,
			@Nullable Long paid, @Nullable Long commune, List<byte[]> pictures) {
		ReportDraft draft = new ReportDraft(category, channel, LocalDate.now().minusDays(new Random().nextInt(20)),
				description, pasted, "", "", "", telegram, "", wallet, "", "", demanded, paid, commune,
				(reporter == null) ? "Người dân" : "", (reporter == null) ? "nguoidan@example.com" : "", "", true,
				null);
		List<ReportManagement.Upload> uploads = pictures.stream()
			.map((bytes) -> new ReportManagement.Upload(new ByteArrayInputStream(bytes), "anh-bang-chung.jpg"))
			.toList();
		return this.reports.submit(draft, uploads, reporter);
	}

	private PoliceCase caseOf(Report report) {
		return this.cases.ofReport(report.id()).orElseThrow();
	}

	private AuthenticatedPerson user(String username) {
		return (AuthenticatedPerson) this.accounts.loadUserByUsername(username);
	}

	private @Nullable Long commune(String code) {
		return this.directory.unitByCode(code).map((u) -> u.id()).orElse(null);
	}

	/** A photographed "letter": typed demand with a wallet, as a JPEG. */
	static byte[] letter() {
		BufferedImage image = new BufferedImage(900, 1200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(new Color(246, 242, 232));
		g.fillRect(0, 0, 900, 1200);
		g.setColor(new Color(30, 30, 30));
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
		String[] lines = { "GUI ONG/BA", "", "Chung toi co anh nhay cam cua ong/ba.",
				"Trong 48 gio phai chuyen 5000 USDT", "vao vi: " + GANG_WALLET.substring(0, 17),
				GANG_WALLET.substring(17), "", "Lien he Telegram " + GANG_TELEGRAM, "Neu khong, anh se gui cho co quan",
				"va gia dinh ong/ba." };
		int y = 140;
		for (String line : lines) {
			g.drawString(line, 90, y);
			y += 56;
		}
		g.dispose();
		return jpeg(image, 0.9f);
	}

	/**
	 * A drawn "portrait" whose face region was cut from a harsher JPEG of another
	 * drawing: the double-compression traces of a real composite, made synthetically.
	 */
	static byte[] composite() {
		BufferedImage scene = drawn(new Color(70, 110, 150), new Color(210, 190, 160), 11);
		BufferedImage donor = toImage(jpeg(drawn(new Color(160, 90, 80), new Color(240, 220, 200), 23), 0.5f));
		Graphics2D g = scene.createGraphics();
		g.drawImage(donor.getSubimage(230, 100, 180, 220), 235, 110, null);
		g.dispose();
		return jpeg(scene, 0.92f);
	}

	private static BufferedImage drawn(Color from, Color to, long seed) {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, from, 640, 480, to));
		g.fillRect(0, 0, 640, 480);
		Random random = new Random(seed);
		for (int i = 0; i < 5000; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 40));
			g.fillRect(random.nextInt(640), random.nextInt(480), 3, 3);
		}
		g.setColor(new Color(225, 185, 155));
		g.fillOval(250, 120, 140, 180);
		g.setColor(Color.DARK_GRAY);
		g.fillOval(285, 180, 18, 12);
		g.fillOval(337, 180, 18, 12);
		g.dispose();
		return image;
	}

	private static BufferedImage toImage(byte[] jpeg) {
		try {
			return ImageIO.read(new ByteArrayInputStream(jpeg));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] jpeg(BufferedImage image, float quality) {
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (var stream = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			writer.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
