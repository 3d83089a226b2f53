package vn.canhgiac.engine.text;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.IndicatorType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageAnalyzerTests {

	private static final MessageAnalyzer ANALYZER = new MessageAnalyzer();

	private static List<String> codes(MessageReport report) {
		return report.signals().stream().map(Signal::code).toList();
	}

	@Test
	void sextortionOfAnOfficialIsAScam() {
		String text = "Tôi có clip nóng của anh ở nhà nghỉ. Chuyển 100tr vào STK 0071000986547 Vietcombank trước 17h, "
				+ "nếu không tôi sẽ gửi cho vợ anh và cơ quan anh.";
		MessageReport report = ANALYZER.analyze(text);
		assertThat(report.verdict()).isEqualTo(MessageVerdict.SCAM);
		assertThat(report.category()).isEqualTo("extortion");
		assertThat(codes(report)).contains("extortion_scheme", "sensitive_media", "threat_to_expose");
		assertThat(report.indicators()).extracting((i) -> i.type())
			.contains(IndicatorType.AMOUNT, IndicatorType.BANK_ACCOUNT);
		assertThat(report.advice()).extracting((a) -> a.code()).contains("do_not_pay", "report_police");
	}

	@Test
	void signalSpansPointAtTheWrittenText() {
		String text = "Anh xem CLIP NÓNG này đi";
		Signal sensitive = ANALYZER.analyze(text)
			.signals()
			.stream()
			.filter((s) -> s.code().equals("sensitive_media"))
			.findFirst()
			.orElseThrow();
		assertThat(text.substring(sensitive.span().start(), sensitive.span().end())).isEqualTo("CLIP NÓNG");
	}

	@Test
	void fakePoliceAskingForASafeAccountIsAScam() {
		MessageReport report = ANALYZER.analyze("Cong an quan thong bao ban lien quan den duong day rua tien. "
				+ "Yeu cau chuyen toan bo tien vao tai khoan an toan de xac minh, giu bi mat voi nguoi than.");
		assertThat(report.verdict()).isEqualTo(MessageVerdict.SCAM);
		assertThat(report.category()).isEqualTo("authority_impersonation");
	}

	@Test
	void officialWarningsAboutScamsAreNotScams() {
		for (String warning : new String[] {
				"CẢNH BÁO: các đối tượng giả danh công an gọi điện đe dọa liên quan vụ án rửa tiền, yêu cầu chuyển tiền "
						+ "vào tài khoản an toàn. Công an không làm việc qua điện thoại. Tuyệt đối không chuyển tiền, "
						+ "hãy báo ngay cho cơ quan công an.",
				"Thủ đoạn tống tiền: kẻ gian gửi ảnh nhạy cảm cắt ghép, đe dọa gửi cho gia đình và cơ quan, đòi chuyển "
						+ "tiền trước 17h. Cán bộ không chuyển tiền và trình báo công an.",
				"Ngân hàng không bao giờ yêu cầu cung cấp mã OTP. Cảnh giác với tin nhắn giả mạo chứa đường link "
						+ "vietcombank-hotro.xyz." }) {
			MessageReport report = ANALYZER.analyze(warning);
			assertThat(report.verdict()).as(warning).isEqualTo(MessageVerdict.NO_SIGNS);
			assertThat(report.category()).isEqualTo("official_warning");
		}
	}

	@Test
	void bankOtpNoticeIsNotACredentialRequest() {
		MessageReport report = ANALYZER
			.analyze("Ma OTP cua quy khach la 482913. Tuyet doi khong cung cap ma OTP cho bat ky ai.");
		assertThat(codes(report)).doesNotContain("credential_request");
		assertThat(report.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void everydayMessagesShowNoSigns() {
		for (String text : new String[] { "Tối nay mấy giờ anh về ăn cơm?", "Em gửi báo cáo quý 2, chị xem giúp em.",
				"Your package has been delivered. Thank you!",
				"Đơn hàng #12345 đang được giao, shipper sẽ gọi bạn." }) {
			assertThat(ANALYZER.analyze(text).verdict()).as(text).isEqualTo(MessageVerdict.NO_SIGNS);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			private_detective   | Tôi là thám tử tư được thuê theo dõi anh
			legal_threat        | Bạn sẽ bị truy cứu trách nhiệm hình sự và có lệnh bắt
			secrecy_demand      | Yêu cầu anh giữ bí mật, không được nói với người thân
			safe_account        | Chuyển tiền vào tài khoản an toàn của cơ quan điều tra
			egov_update         | Cập nhật tài khoản định danh VNeID mức 2 ngay
			utility_cutoff      | Điện lực sẽ cắt điện nhà bạn trong hôm nay vì nợ tiền điện
			bank_impersonation  | Vietcombank thông báo tài khoản của quý khách bị khóa
			credential_request  | Vui lòng đọc cho em mã OTP vừa gửi về máy
			app_install         | Tải ứng dụng theo link tai-app.xyz/thue.apk
			account_takeover    | Tài khoản của bạn có đăng nhập bất thường
			borrow_money        | Cho em mượn 5 triệu, chuyển giúp em nhé
			prize_or_refund     | Chúc mừng bạn đã trúng thưởng xe SH, liên hệ nhận giải
			investment_or_task  | Việc nhẹ lương cao, làm nhiệm vụ nhận hoa hồng mỗi ngày
			loan_offer          | Hỗ trợ vay tiền nhanh, giải ngân trong 30 phút
			debt_threat         | Bạn nợ quá hạn, chúng tôi sẽ làm việc với gia đình bạn
			move_to_chat        | Kết bạn zalo để được hỗ trợ
			remote_access       | Cài AnyDesk để nhân viên hỗ trợ từ xa
			parcel_fee          | Bưu kiện của bạn bị tạm giữ tại hải quan, nộp phí thông quan
			traffic_fine        | Bạn có biên bản phạt nguội chưa nộp phạt
			gambling            | Game bài đổi thưởng uy tín, nạp đầu tặng 100%
			fake_documents      | Nhận làm bằng lái xe, làm giấy tờ các loại
			benefit_bait        | Bạn đã đủ điều kiện nhận tiền hỗ trợ, bấm vào link
			fake_security_alert | Nếu không phải bạn, vui lòng đăng nhập tại vcb-xacthuc.com để xác thực
			urgency             | Khẩn cấp, xử lý gấp
			deadline            | Hạn chót là trước 17h hôm nay
			premium_rate_reply  | Txt WIN to 87121 to enter
			free_offer          | URGENT! You have won a free holiday, call now
			obfuscated_text     | Ban da du d!eu k!en NHAN T1EN ho tro
			random_tag          | Nhan qua tang ngay hom nay nhe ban oZGa
			""")
	void raisesEachSignal(String code, String text) {
		assertThat(codes(ANALYZER.analyze(text))).contains(code);
	}

	@Test
	void moneyTransferBaitIsFlaggedButARealTransferNoticeIsNot() {
		MessageReport bait = ANALYZER.analyze("Bạn vừa nhận được khoản chuyển tiền 950 USD qua Western Union. "
				+ "Bấm vào link wu-vn-nhan.top để nhận tiền về tài khoản.");
		assertThat(codes(bait)).contains("transfer_bait");
		assertThat(bait.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
		MessageReport real = ANALYZER
			.analyze("Quý khách vừa nhận được chuyển khoản 3.000.000 VND từ LE VAN C lúc 10:05. Số dư: 9.200.000 VND.");
		assertThat(codes(real)).doesNotContain("transfer_bait");
		assertThat(real.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void handedOutCryptoCredentialsAreFlaggedButAPasswordNoticeIsNot() {
		MessageReport bait = ANALYZER.analyze("Tai khoan dau tu cua anh dang co 4200 USDT. Ten dang nhap: hoang77, "
				+ "mat khau: Hg778899. Dang nhap tai vncoin-max.net de rut.");
		assertThat(codes(bait)).contains("given_credentials");
		assertThat(bait.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
		for (String text : new String[] { "Mật khẩu wifi tầng 3 là tang3@2025 nhé anh.",
				"Sàn thông báo: nạp rút USDT tạm dừng từ 1h đến 3h để bảo trì. Bạn đã đổi mật khẩu thành công." }) {
			MessageReport report = ANALYZER.analyze(text);
			assertThat(codes(report)).as(text).doesNotContain("given_credentials");
			assertThat(report.verdict()).as(text).isEqualTo(MessageVerdict.NO_SIGNS);
		}
	}

	@Test
	void spelledOutGamblingIsFlaggedButEverydayLookAlikesAreNot() {
		for (String text : new String[] { "n.h.à c.á.i uy tín, thưởng lớn mỗi ngày",
				"C-A-S-I-N-O trực tuyến, x.ó.c đ.ĩ.a rút nhanh" }) {
			MessageReport report = ANALYZER.analyze(text);
			assertThat(codes(report)).as(text).contains("gambling_spelled");
			assertThat(report.verdict()).as(text).isNotEqualTo(MessageVerdict.NO_SIGNS);
		}
		for (String text : new String[] { "Nhà cải tạo xong rồi, cuối tuần qua chơi nhé.",
				"Cả cuộc họp sáng nay chỉ bàn chuyện ngân sách.", "Mẹ nạp đầu tiên cho con 50k tiền điện thoại." }) {
			MessageReport report = ANALYZER.analyze(text);
			assertThat(codes(report)).as(text).doesNotContain("gambling_spelled", "gambling");
			assertThat(report.verdict()).as(text).isEqualTo(MessageVerdict.NO_SIGNS);
		}
	}

	@Test
	void wordsGluedTogetherWithDisguiseSymbolsAreObfuscationButAListWithoutSpacesIsNot() {
		MessageReport glued = ANALYZER
			.analyze("Xin chao N'ha~n:t^i*e~n\"th'u;o*ng:ng^a$y,h'o;m:n^a*y!v'a~o:l^i*nk ngay");
		assertThat(codes(glued)).contains("obfuscated_text");
		assertThat(glued.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
		MessageReport list = ANALYZER
			.analyze("Di cho mua giup me: rau,thit,ca,trung,sua,banh,keo,dau,muoi,nuoc,mam,tieu nhe");
		assertThat(codes(list)).doesNotContain("obfuscated_text");
		assertThat(list.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void bettingWordsAreGamblingButPhoneChargesAndContestsAreNot() {
		for (String text : new String[] { "Tỷ lệ cược cao nhất thị trường, đặt cược bóng đá mỗi ngày",
				"Nha cai uy tin so 1, keo bong da hom nay cuc thom", "Da ga truc tuyen, rut tien 5 phut" }) {
			MessageReport report = ANALYZER.analyze(text);
			assertThat(codes(report)).as(text).contains("gambling");
			assertThat(report.verdict()).as(text).isNotEqualTo(MessageVerdict.NO_SIGNS);
		}
		for (String text : new String[] { "Tiền cước tháng này của quý khách là 120.000đ, cước gọi nội mạng giảm 50%.",
				"Chúc mừng đội thắng cuộc, lễ trao giải vào thứ Bảy.", "Nhà cái tủ bếp mới làm xong rồi anh ạ." }) {
			MessageReport report = ANALYZER.analyze(text);
			assertThat(codes(report)).as(text).doesNotContain("gambling");
			assertThat(report.verdict()).as(text).isEqualTo(MessageVerdict.NO_SIGNS);
		}
	}

	@Test
	void aPrizeAlreadyWonToBeClaimedByCallingIsFlaggedButAChanceToWinIsNot() {
		MessageReport claim = ANALYZER
			.analyze("Chuc mung so thue bao cua ban da trung giai nhi, vui long goi tong dai 0901234567 de nhan giai.");
		assertThat(codes(claim)).contains("prize_claim");
		assertThat(claim.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
		MessageReport chance = ANALYZER.analyze(
				"(QC) Nạp thẻ hôm nay để có cơ hội trúng thưởng xe máy, kết quả quay số công bố trên website nhà mạng.");
		assertThat(codes(chance)).doesNotContain("prize_claim");
		assertThat(chance.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void debtCollectorsThreateningALawsuitAreFlaggedButAClosedLoanIsNot() {
		MessageReport threat = ANALYZER
			.analyze("Ban da tron tranh viec tra no nhieu thang, can bo phap ly se ve dia phuong lam viec.");
		assertThat(codes(threat)).contains("debt_threat");
		assertThat(threat.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
		for (String text : new String[] { "Hợp đồng vay mua nhà của anh đã tất toán, cảm ơn anh đã tin dùng dịch vụ.",
				"Văn phòng luật tư vấn miễn phí thủ tục khởi kiện tranh chấp đất đai vào thứ Bảy." }) {
			MessageReport report = ANALYZER.analyze(text);
			assertThat(codes(report)).as(text).doesNotContain("debt_threat");
			assertThat(report.verdict()).as(text).isEqualTo(MessageVerdict.NO_SIGNS);
		}
	}

	@Test
	void aStrangerToppingUpAnAccountForYouIsADepositScamButToppingUpAPhoneIsNot() {
		MessageReport deposit = ANALYZER
			.analyze("Anh chuyển số tiền cần nạp vào tài khoản công ty, gửi ảnh chụp màn hình để em làm lệnh nạp.");
		assertThat(codes(deposit)).contains("investment_or_task");
		MessageReport phone = ANALYZER.analyze("Con nạp tiền điện thoại cho mẹ rồi nhé, mẹ kiểm tra xem.");
		assertThat(codes(phone)).doesNotContain("investment_or_task");
		assertThat(phone.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void aBankSpeakingFromAnOrdinaryPhoneNumberIsSuspiciousButNotFromItsBrandName() {
		String text = "(ABBank) Quý khách vui lòng cập nhật giấy tờ tùy thân để tiếp tục sử dụng dịch vụ. Trân trọng.";
		MessageReport personal = ANALYZER.analyze(text, SenderKind.PERSONAL_NUMBER);
		assertThat(codes(personal)).contains("organisation_from_personal_number");
		assertThat(personal.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
		for (SenderKind sender : new SenderKind[] { SenderKind.BRANDNAME, SenderKind.UNKNOWN }) {
			assertThat(codes(ANALYZER.analyze(text, sender))).as(sender.name())
				.doesNotContain("organisation_from_personal_number");
		}
		for (String text2 : new String[] { "Em chuyển khoản qua Vietcombank cho anh rồi nhé, anh kiểm tra giúp em.",
				"SHOPEE: ma xac minh cua ban la 482913. KHONG chia se ma nay voi bat ky ai.",
				"Mai chi ra ngan hang rut tien roi gui em sau nhe." }) {
			MessageReport report = ANALYZER.analyze(text2, SenderKind.PERSONAL_NUMBER);
			assertThat(codes(report)).as(text2).doesNotContain("organisation_from_personal_number");
			assertThat(report.verdict()).as(text2).isEqualTo(MessageVerdict.NO_SIGNS);
		}
	}

	@Test
	void aLinkFromAnOrdinaryPhoneNumberIsASignalUnlessItLeadsToAnAgencyOrSchool() {
		assertThat(codes(ANALYZER.analyze("Xem ngay tai https://bit.ly/3xYz9Q", SenderKind.PERSONAL_NUMBER)))
			.contains("link_from_personal_number");
		assertThat(codes(ANALYZER.analyze("Xem ngay tai https://bit.ly/3xYz9Q", SenderKind.BRANDNAME)))
			.doesNotContain("link_from_personal_number");
		MessageReport school = ANALYZER.analyze("Lich thi hoc ky xem tai https://daotao.hust.edu.vn/lich-thi nhe",
				SenderKind.PERSONAL_NUMBER);
		assertThat(codes(school)).doesNotContain("link_from_personal_number");
		assertThat(school.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void redirectLinkHidingTheDestinationIsSuspiciousButADirectLinkIsNot() {
		MessageReport redirect = ANALYZER
			.analyze("Anh xem giúp em cái này: https://www.google.com/url?q=https://uu-dai-thang6.top/nhan");
		assertThat(redirect.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
		MessageReport direct = ANALYZER
			.analyze("Anh xem giúp em báo cáo này: https://drive.google.com/file/d/9XyZ/view");
		assertThat(direct.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void dangerousLinkInAMessageIsASignal() {
		MessageReport report = ANALYZER.analyze("Cap nhat thong tin tai https://dichvucong-gov.vn/capnhat");
		assertThat(codes(report)).contains("dangerous_link");
		assertThat(report.verdict()).isNotEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void aLinkDressedUpAsABankIsAScamButTheBanksOwnLinkIsNot() {
		MessageReport fake = ANALYZER.analyze("Quy khach vui long xem chi tiet tai https://vietcombank-hotro.cc/kh");
		assertThat(codes(fake)).contains("dangerous_link");
		assertThat(fake.verdict()).isEqualTo(MessageVerdict.SCAM);
		MessageReport real = ANALYZER
			.analyze("Quy khach vui long xem chi tiet tai https://www.vietcombank.com.vn/bieuphi");
		assertThat(codes(real)).doesNotContain("dangerous_link", "suspicious_link");
		assertThat(real.verdict()).isEqualTo(MessageVerdict.NO_SIGNS);
	}

	@Test
	void linksInAMessageAreNeverRequested() throws java.io.IOException {
		java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
		com.sun.net.httpserver.HttpServer canary = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		canary.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		canary.start();
		try {
			int port = canary.getAddress().getPort();
			MessageReport report = ANALYZER.analyze("Vietcombank: xac thuc tai http://127.0.0.1:" + port
					+ "/vietcombank/login va tai app http://localhost:" + port + "/app.apk");
			assertThat(report.indicators()).extracting((i) -> i.type()).contains(IndicatorType.URL);
		}
		finally {
			canary.stop(0);
		}
		assertThat(requests).hasValue(0);
	}

	@Test
	void rejectsEmptyAndHugeTexts() {
		assertThatThrownBy(() -> ANALYZER.analyze("  \n ")).isInstanceOf(InputRejected.class);
		String huge = "a".repeat(MessageAnalyzer.MAX_CHARS + 1);
		assertThatThrownBy(() -> ANALYZER.analyze(huge)).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("too_large");
	}

	@Test
	void readsSignalsFromTheBeginningOfLongTextsAndContactsFromAllOfIt() {
		String text = "Xin chào. ".repeat(20_000) + "Liên hệ 0912345678";
		MessageReport report = ANALYZER.analyze(text);
		assertThat(codes(report)).contains("long_text_beginning_only");
		assertThat(report.indicators()).extracting((i) -> i.normalized()).contains("+84912345678");
	}

	@Test
	void survivesPathologicalRepetition() {
		assertThat(ANALYZER.analyze("a.".repeat(200_000)).verdict()).isNotNull();
		assertThat(ANALYZER.analyze("1".repeat(300_000)).verdict()).isNotNull();
	}

	@Test
	void givesTheSameAnswerFromManyThreads() throws Exception {
		String text = "Cong an thong bao ban lien quan vu an, chuyen tien vao tai khoan an toan.";
		MessageReport expected = ANALYZER.analyze(text);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<MessageReport>> futures = pool
				.invokeAll(java.util.Collections.nCopies(16, () -> ANALYZER.analyze(text)));
			for (Future<MessageReport> future : futures) {
				assertThat(future.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
