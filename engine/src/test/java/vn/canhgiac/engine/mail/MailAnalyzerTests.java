package vn.canhgiac.engine.mail;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailAnalyzerTests {

	private final MailAnalyzer analyzer = new MailAnalyzer();

	@Test
	void flagsAgencyWritingFromFreeMailWithRepliesElsewhere() {
		MailReport report = analyze(
				"""
						From: =?UTF-8?B?Q8O0bmcgYW4gVFAgSMOgIE7hu5lp?= <congan.hanoi.thongbao@gmail.com>
						Reply-To: xuly.hoso@outlook.com
						Return-Path: <bounce@mailer.example>
						Subject: =?UTF-8?Q?Gi=E1=BA=A5y_tri=E1=BB=87u_t=E1=BA=adp?=
						Authentication-Results: mx.gov.vn; spf=softfail smtp.mailfrom=gmail.com; dkim=none; dmarc=fail header.from=gmail.com
						Content-Type: text/plain; charset=UTF-8

						Anh/chị liên quan vụ án, gọi ngay 0912345678.
						""");
		assertThat(report.fromName()).isEqualTo("Công an TP Hà Nội");
		assertThat(report.fromAddress()).isEqualTo("congan.hanoi.thongbao@gmail.com");
		assertThat(report.subject()).isEqualTo("Giấy triệu tập");
		assertThat(report.signals()).extracting(Signal::code)
			.contains("authority_from_free_mail", "reply_to_mismatch", "return_path_mismatch", "dmarc_fail", "spf_fail")
			.doesNotContain("dkim_fail");
		assertThat(report.bodyText()).contains("gọi ngay");
	}

	@Test
	void ordinaryColleagueMailHasNoSigns() {
		MailReport report = analyze("""
				From: Nguyen Van A <a.nguyen@hanoi.gov.vn>
				Reply-To: a.nguyen@hanoi.gov.vn
				Subject: Lich hop
				Authentication-Results: mx.hanoi.gov.vn; spf=pass; dkim=pass; dmarc=pass

				Hop luc 9h.
				""");
		assertThat(report.signals()).isEmpty();
	}

	@Test
	void flagsAddressInDisplayNameThatDiffersFromSender() {
		MailReport report = analyze("""
				From: "support@vietcombank.com.vn" <alert@vcb-secure.top>
				Subject: Khoa tai khoan

				x
				""");
		assertThat(report.signals()).extracting(Signal::code).contains("display_name_address_mismatch");
	}

	@Test
	void flagsLinkShowingOneAddressAndLeadingToAnother() {
		MailReport report = analyze("""
				From: Bank <no-reply@bank.example>
				Subject: Xac minh
				Content-Type: text/html; charset=UTF-8

				<p>Dang nhap tai <a href="http://vietcombank.login-verify.xyz/a">https://www.vietcombank.com.vn</a>
				hoac <a href="https://www.vietcombank.com.vn/help">www.vietcombank.com.vn/help</a></p>
				""");
		assertThat(report.signals()).extracting(Signal::code).containsExactly("link_text_mismatch");
		assertThat(report.links()).hasSize(2);
		assertThat(report.bodyText()).contains("Dang nhap");
	}

	@Test
	void collectsAttachmentsAndCountsNestedMessages() {
		MailReport report = analyze("""
				From: a@example.vn
				Subject: Fwd
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b1"

				--b1
				Content-Type: text/plain

				Xem tep dinh kem.
				--b1
				Content-Type: application/octet-stream; name="hoadon.pdf.exe"
				Content-Disposition: attachment; filename="hoadon.pdf.exe"
				Content-Transfer-Encoding: base64

				TVqQAAMAAAA=
				--b1
				Content-Type: message/rfc822

				From: x@example.com
				Subject: inner
				Content-Type: multipart/mixed; boundary="b2"

				--b2
				Content-Type: text/plain

				inner body
				--b2
				Content-Type: image/png; name="anh.png"
				Content-Disposition: inline; filename="anh.png"

				PNG
				--b2--
				--b1--
				""");
		assertThat(report.nestedMessages()).isEqualTo(1);
		assertThat(report.attachments()).extracting(MailAttachment::fileName)
			.containsExactly("hoadon.pdf.exe", "anh.png");
		assertThat(report.attachments().get(0).content()).startsWith('M', 'Z');
		assertThat(report.attachments().get(1).inline()).isTrue();
		assertThat(report.subject()).isEqualTo("Fwd");
	}

	@Test
	void refusesTenThousandPartMimeBombQuickly() {
		StringBuilder eml = new StringBuilder(
				"From: a@example.vn\r\nSubject: bomb\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n");
		for (int i = 0; i < 10_000; i++) {
			eml.append("--x\r\nContent-Type: text/plain\r\n\r\np").append(i).append("\r\n");
		}
		eml.append("--x--\r\n");
		assertThatThrownBy(() -> analyze(eml.toString())).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("mime_bomb");
	}

	@Test
	void refusesMessagesNestedTooDeeply() {
		String inner = "From: a@example.vn\r\nSubject: core\r\n\r\nbody\r\n";
		for (int i = 0; i < 12; i++) {
			inner = "From: a@example.vn\r\nSubject: level " + i + "\r\nContent-Type: message/rfc822\r\n\r\n" + inner;
		}
		String nested = inner;
		assertThatThrownBy(() -> analyze(nested)).isInstanceOf(InputRejected.class).hasMessageContaining("nested");
	}

	@Test
	void refusesOverlongHeader() {
		String eml = "From: a@example.vn\r\nSubject: " + "A".repeat(70_000) + "\r\n\r\nbody\r\n";
		assertThatThrownBy(() -> analyze(eml)).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("header_too_long");
	}

	@Test
	void refusesTextWithoutHeaders() {
		assertThatThrownBy(() -> analyze("\r\njust some words")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("malformed");
	}

	private MailReport analyze(String eml) {
		return this.analyzer.analyze(eml.getBytes(StandardCharsets.UTF_8));
	}

}
