package vn.canhgiac.engine.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The scam patterns of Vietnamese and English messages, written from police and bank
 * warnings about current schemes (sextortion of officials, fake police and procuracy
 * calls, e-government "level 2" updates, electricity cut-offs, task and investment scams,
 * fake loans and debt collection). Patterns read the normalised form (lower case, no
 * diacritics, abbreviations spelled out). "S" stands for "within one sentence".
 */
final class MessageRules {

	/** Up to 45 chars without ending the sentence. */
	private static final String S = "[^.!?\\n]{0,45}";

	static final Rule SENSITIVE_MEDIA = Rule.of("sensitive_media", 0.45, "extortion",
			"\\b(hinh anh|hinh|anh|clip|video|phim|bang ghi)\\s*(nhay cam|nong|sex|khoa than|quan he|doi truy|rieng tu"
					+ "|tham kin|gioi tinh|ngoai tinh|khong mac)|\\b(anh|clip|video|hinh anh)\\b" + S
					+ "(khach san|nha nghi|ngoai tinh|bo nhi|nhan tinh|gai goi|massage)|\\b(ngoai tinh|bo nhi|vung trom"
					+ "|gai goi|chuyen nam nu)\\b|\\b(intimate|nude|naked|explicit|sex)\\s(photos?|pictures?|videos?|clips?)"
					+ "|\\bsextape\\b",
			"Nhắc tới ảnh/clip nhạy cảm hoặc chuyện đời tư — dấu hiệu tống tiền bằng ảnh cắt ghép.",
			"Mentions intimate photos or clips or private life, a sign of sextortion with composite images.");

	static final Rule THREAT_TO_EXPOSE = Rule.of("threat_to_expose", 0.4, "extortion",
			"\\b(se|toi se|chung toi se|em se|bi|bat dau|lap tuc)\\s(gui|phat tan|tung|dang|chia se|cong bo|dua|chuyen)\\b"
					+ S + "\\b(gia dinh|vo (anh|ong|ban)"
					+ "|chong (chi|ba|ban)|nguoi than|co quan|cap tren|lanh dao|dong nghiep|noi (anh |ong |ban )?"
					+ "(lam viec|cong tac)|bao chi|len mang|mang xa hoi|facebook|tiktok|youtube|uy ban kiem tra"
					+ "|thanh tra|chi bo|dang uy|phong to chuc)\\b|\\b(anh|clip|video|hinh anh|tai lieu|bang chung)\\b"
					+ S
					+ "\\b(gui|dua|chuyen|tung) (cho|den|toi|len)\\s(gia dinh|vo|chong|nguoi than|co quan|cap tren|lanh dao"
					+ "|dong nghiep|mang)\\b|\\b(phat tan|beu reu|lam to chuyen|boc phot|tung len mang)\\b"
					+ "|\\b(anh huong|mat|huy hoai)\\b[^.!?\\n]{0,25}\\b(uy tin|danh du|danh tieng|su nghiep|chuc vu"
					+ "|hanh phuc gia dinh|con duong cong danh)\\b|\\b(will|gonna|going to) (send|share|post|leak|release)\\b"
					+ S + "\\b(family|wife|husband|boss|colleagues|employer|friends|contacts|online)\\b",
			"Đe dọa gửi, phát tán cho gia đình, cơ quan, cấp trên hoặc lên mạng.",
			"Threatens to send or publish to family, employer, superiors or online.");

	static final Rule PAYMENT_DEMAND = Rule.of("payment_demand", 0.15, "payment",
			"\\b(chuyen khoan|chuyen tien|nop tien|dong tien|gui tien|nop phat|dat coc)\\b" + S
					+ "(\\d|so tai khoan|truoc|gap|usdt|bitcoin)|\\b(yeu cau|de nghi|buoc)\\b" + S
					+ "\\b(chuyen|thanh toan|nop|tra)\\b|\\b(mua lai|chuoc|tien bit mieng|tien giai quyet|phi xu ly"
					+ "|phi go|phi huy|phi giai quyet)\\b|\\b(pay|transfer|send)\\b" + S
					+ "(\\$|usd|bitcoin|btc|usdt|money|gift cards?)",
			"Đòi chuyển tiền hoặc thanh toán.", "Demands a transfer or payment.");

	static final Rule DEADLINE = Rule.of("deadline", 0.15, "urgency",
			"\\btruoc\\s*\\d{1,2}\\s*(h|g|gio)\\b|\\btrong (vong )?\\d+\\s*(h|gio|tieng|phut)\\b|\\bhan (chot|cuoi)\\b"
					+ "|\\blan cuoi\\b|\\bthong bao cuoi cung\\b|\\bqua han se (khong|bi)\\b|\\bneu (khong|van)\\b" + S
					+ "\\b(se|thi)\\b|\\bwithin \\d+ (hours?|minutes?)|\\bdeadline\\b|\\bfinal (notice|warning)\\b",
			"Đặt hạn chót, ép làm ngay.", "Sets a deadline to force a quick decision.");

	static final Rule PRIVATE_DETECTIVE = Rule.of("private_detective", 0.5, "extortion",
			"\\btham tu( tu)?\\b|\\bdich vu (theo doi|dieu tra)\\b|\\bprivate (investigator|detective)\\b",
			"Tự xưng thám tử tư, theo dõi — kịch bản tống tiền quen thuộc nhắm vào cán bộ.",
			"Claims to be a private detective, a common script for extorting officials.");

	static final Pattern AUTHORITY = Pattern.compile("\\b(cong an|canh sat|co quan (canh sat )?dieu tra"
			+ "|phong an ninh|an ninh dieu tra|vien kiem sat|toa an|thanh tra|cuc thue|chi cuc thue|tong cuc thue"
			+ "|co quan thue|bao hiem xa hoi|bo cong an|canh sat giao thong|interpol|dieu tra vien|can bo dieu tra"
			+ "|dien luc|evn|buu dien|vnpost|bo giao thong|so giao thong|dang kiem|police|prosecutor|court"
			+ "|tax (office|department|authority))\\b");

	static final Rule LEGAL_THREAT = Rule.of("legal_threat", 0.4, "authority_impersonation",
			"\\b(chiu|truy cuu) trach nhiem hinh su\\b|\\bkhoi to\\b|\\blenh bat\\b|\\bbat tam giam\\b|\\btruy na\\b"
					+ "|\\b(dong bang|phong toa) tai khoan\\b|\\brua tien\\b|\\bduong day (ma tuy|rua tien|lua dao)\\b"
					+ "|\\blien quan (den|toi) (mot |1 )?(vu an|duong day)\\b|\\bgiay (trieu tap|moi lam viec)\\b"
					+ "|\\btrieu tap\\b|\\b(bat|khong) hop tac\\b|\\bcuong che\\b|\\barrest warrant\\b"
					+ "|\\bmoney laundering\\b|\\blegal action\\b",
			"Dọa bắt, khởi tố, phong tỏa tài khoản hoặc liên quan vụ án.",
			"Threatens arrest, prosecution, frozen accounts or a criminal case.");

	static final Rule SECRECY = Rule.of("secrecy_demand", 0.45, "authority_impersonation",
			"\\bgiu bi mat\\b|\\bbi mat (dieu tra|nha nuoc|cua vu an)\\b|\\bkhong duoc (noi|tiet lo|ke|thong bao|bao)\\b"
					+ S + "\\b(voi|cho) (ai|nguoi than|gia dinh|bat ky)|\\bkhong (duoc )?(de|cho) (nguoi than|gia dinh)"
					+ " biet\\b|\\bdo not tell (anyone|your family)\\b",
			"Yêu cầu giữ bí mật, không cho người thân biết.", "Demands secrecy from family and others.");

	static final Rule SAFE_ACCOUNT = Rule.of("safe_account", 0.7, "authority_impersonation",
			"\\btai khoan (an toan|tam giu|tam thoi cua|cua co quan|chuyen dung|giam sat|ky quy)\\b|\\bchuyen (tien"
					+ "|toan bo|het)\\b" + S + "\\b(kiem tra|xac minh|doi chieu|chung minh)\\b|\\b(xac minh|chung minh)"
					+ " (nguon goc|nguon) (tien|tai san)\\b|\\bsafe account\\b",
			"Yêu cầu chuyển tiền vào \"tài khoản an toàn\" để xác minh — cơ quan nhà nước không bao giờ làm vậy.",
			"Asks to move money to a \"safe account\" for checking, which no authority ever does.");

	static final Rule EGOV_UPDATE = Rule.of("egov_update", 0.25, "authority_impersonation",
			"\\b(cap nhat|xac thuc|tich hop|kich hoat|chuan hoa|dong bo|nang cap|xac minh)\\b" + S
					+ "\\b(vneid|dinh danh|muc 2|can cuoc|chung minh nhan dan|thong tin cu tru|cu tru|bao hiem xa hoi"
					+ "|vssid|ma so thue|thong tin thue)\\b",
			"Đòi cập nhật VNeID, định danh, căn cước hoặc BHXH qua tin nhắn/điện thoại.",
			"Asks to update VNeID, e-ID, ID card or social insurance data by message or phone.");

	static final Rule UTILITY_THREAT = Rule.of("utility_cutoff", 0.4, "authority_impersonation",
			"\\b(cat|ngung|tam ngung|ngat|khoa) (dien|nuoc|sim|thue bao|dich vu dien)\\b" + S
					+ "\\b(trong|hom nay|tu|neu|vi|do)\\b|\\bno (cuoc|tien dien|tien nuoc)\\b|\\bsim\\b" + S
					+ "\\b(se bi|bi) (khoa|thu hoi|chan)\\b",
			"Dọa cắt điện, nước, khóa SIM — kịch bản giả điện lực, nhà mạng.",
			"Threatens to cut electricity, water or the SIM, a fake utility script.");

	static final Rule BANK_PROBLEM = Rule.of("bank_impersonation", 0.35, "bank_impersonation",
			"\\b(ngan hang|bank|vietcombank|vcb|bidv|agribank|techcombank|vietinbank|mbbank|acb|vpbank|tpbank"
					+ "|sacombank|momo|zalopay|vnpay)\\b" + S + "\\b(bi khoa|tam khoa|se bi khoa|bi dong bang"
					+ "|bat thuong|nang cap|xac thuc lai|nang han muc|doi diem|diem thuong|het han su dung)\\b",
			"Tự xưng ngân hàng/ví điện tử báo tài khoản có vấn đề.",
			"Claims to be a bank or e-wallet reporting an account problem.");

	static final Rule CREDENTIAL_REQUEST = Rule
		.of("credential_request", 0.55, "credential_theft",
				"\\b(cung cap|gui( lai| cho| qua)?|doc( cho| lai)?|bao (lai|cho)|dua|chia se|nhan (lai|tin)"
						+ "|xac nhan lai|chup)\\b" + S + "\\b(ma otp|otp|ma xac (thuc|nhan|minh)|mat khau|ma pin|cvv"
						+ "|so the|ma bao mat|ma kich hoat|thong tin (the|dang nhap)|(2|hai) mat (can cuoc|chung minh"
						+ "|the))\\b|\\b(send|share|give|tell|provide|confirm|reply with|read)\\b" + S
						+ "\\b(otp|password|pin|passcode|verification code|card (number|details))\\b",
				"Đòi mã OTP, mật khẩu hoặc thông tin thẻ — không ai chính đáng lại hỏi những thứ này.",
				"Asks for an OTP, password or card details, which no legitimate party asks for.")
		.negated();

	static final Rule APP_INSTALL = Rule.of("app_install", 0.4, "malware_app",
			"\\b(tai|cai dat|cai|download|install)\\b[^.!?\\n]{0,30}\\b(ung dung|phan mem|apk|tep)\\b[^.!?\\n]{0,30}"
					+ "\\b(theo (link|duong dan)|qua (link|zalo|tin nhan|messenger)|ngoai (chplay|kho)|tu link)\\b|\\.apk\\b"
					+ "|\\bcho phep (tat ca )?(cac )?quyen\\b"
					+ "|\\b(ung dung|phan mem)\\b[^.!?\\n]{0,25}\\b(dich vu cong|bo cong an|vneid|thue dien tu|etax"
					+ "|dien luc|bao hiem xa hoi)\\b" + S + "\\b(moi|cap nhat|ban moi|gia)\\b",
			"Bảo cài ứng dụng theo đường link — ứng dụng giả có thể chiếm quyền điện thoại và rút tiền.",
			"Asks to install an app from a link; fake apps can take over the phone and empty accounts.");

	static final Rule URGENCY = Rule.of("urgency", 0.15, "urgency",
			"\\b(khan cap|ngay lap tuc|lap tuc|trong hom nay|sap bi|se bi khoa|tam khoa|bi khoa|gap rut"
					+ "|(lien he|chuyen|thanh toan|xu ly|goi|tt) gap|urgent|immediately|asap|act now|last chance)\\b",
			"Hối thúc, tạo áp lực thời gian.", "Pushes for immediate action.");

	static final Rule ACCOUNT_PROBLEM = Rule.of("account_takeover", 0.35, "account_takeover",
			"\\btai khoan\\b" + S + "\\b(bi khoa|tam khoa|se bi khoa|bi dong bang|bat thuong|bi xam nhap|bi hack"
					+ "|vo hieu hoa|bi tam ngung|bi han che)\\b|\\b(xac minh|xac thuc) (lai )?tai khoan\\b"
					+ "|\\b(account|card)\\b" + S + "\\b(suspended|locked|blocked|compromised|unusual|limited)\\b"
					+ "|\\bdang nhap bat thuong\\b",
			"Báo tài khoản bị khóa, bất thường để dụ đăng nhập vào trang giả.",
			"Reports a locked or unusual account to lure you into a fake login page.");

	static final Rule BORROW_MONEY = Rule.of("borrow_money", 0.3, "account_takeover",
			"\\bcho (em|minh|toi|to|anh|chi) (muon|vay)\\b|\\bchuyen (giup|ho|dum|gium)\\b|\\b(dang ket|dang can gap)"
					+ " tien\\b|\\b(vote|binh chon) (giup|cho)\\b",
			"Nhờ chuyển tiền, vay tiền gấp — thủ đoạn của tài khoản bị chiếm đoạt.",
			"Asks to lend or transfer money urgently, a trick of hijacked accounts.");

	static final Rule PRIZE = Rule.of("prize_or_refund", 0.35, "prize_refund",
			"\\b(da|duoc) trung (thuong|giai)\\b|\\bqua tang tri an\\b|\\btri an khach" + " hang\\b" + S
					+ "\\b(link|truy cap|http|www|phi)\\b|\\bnhan (giai|thuong)\\b" + S
					+ "\\b(lien he|lh|goi|truy cap|link|http|www|phi)\\b|\\b(dong|nop) phi\\b[^.!?\\n]{0,20}"
					+ "\\b(nhan giai|nhan thuong|nhan qua|giai ngan)\\b|\\b(nhan|duoc) hoan (tien|phi|thue)\\b" + S
					+ "\\b(link|truy cap|lien he|http|www|the|otp)\\b" + "|\\bboi thuong\\b|\\bchuc mung\\b" + S
					+ "\\b(da trung (thuong|giai)|duoc chon|may man|nhan duoc (giai|qua|phan thuong))\\b"
					+ "|\\b(you have won|you've won|you have been selected|winner|cash prize|claim your|lucky draw|free gift"
					+ "|guaranteed prize|prize guaranteed|won a|to claim|claim (a |your )?prize|\\d+ (cash|prize))\\b"
					+ "|\\bnhan (tien|khoan tien)\\b" + S + "\\b(quoc te|nuoc ngoai|western union|kieu hoi)\\b"
					+ "|\\b(western union|moneygram|kieu hoi)\\b" + S
					+ "\\bnhan\\b|\\b(lien he|lh|goi)\\b[^.!?\\n]{0,30}" + "\\bnhan (giai|thuong|qua)\\b",
			"Báo trúng thưởng, hoàn tiền, quà tặng để dụ làm theo.", "Announces a prize, refund or gift as bait.");

	/**
	 * A prize said to be already won, with an instruction to call or open something to
	 * claim it: promotions speak of a chance to win, and real winners are not asked to
	 * get in touch to receive a prize.
	 */
	static final Rule PRIZE_CLAIM = Rule.of("prize_claim", 0.3, "prize_refund",
			"\\b(da|duoc|vua) trung (thuong|giai)\\b[^!?\\n]{0,160}\\b(lien he|goi|nhan tin|soan tin|truy cap|bam|click"
					+ "|dang nhap|vao)\\b[^!?\\n]{0,60}\\bde (duoc )?(nhan|lanh|nhan ve) (giai|thuong|qua|phan thuong|tien thuong)\\b",
			"Báo đã trúng thưởng và bảo liên hệ, bấm link để nhận giải — chiêu dụ nộp phí, lấy thông tin.",
			"Says you have already won and must get in touch or open a link to claim, a bait for fees and data.");

	static final Rule INVESTMENT_TASK = Rule.of("investment_or_task", 0.4, "investment_task",
			"\\bviec (lam )?(nhe|tai nha|online)\\b|\\bviec\\b[^.!?\\n]{0,20}\\bluong cao\\b|\\bcong tac vien\\b"
					+ "|\\b(lam|nap tien lam) nhiem vu\\b[^.!?\\n]{0,40}\\b(nhan|hoa hong|tien|rut|\\d+k)\\b"
					+ "|\\bkiem (them )?(thu nhap|tien)\\b|\\b(nhan vien|cong tac vien) (binh luan|danh gia|tha tim|like|chuyen dat hang"
					+ "|dat hang)\\b|\\bnang cao (so luong giao dich|thu hang)\\b|\\bkiem \\d+\\s?k\\b|\\bthu nhap (tu |moi ngay |hang ngay )?\\d"
					+ "|\\btuyen\\b[^.!?\\n]{0,40}\\b(nhan vien|cong tac vien)\\b[^.!?\\n]{0,80}\\b(zalo|telegram|dien thoai)\\b"
					+ "|\\bnhiem vu (don gian|moi ngay)\\b|\\b(like|tha tim|follow|danh gia|xem)\\b[^.!?\\n]{0,20}"
					+ "\\b(video|tiktok|youtube|san pham)\\b" + S + "\\b(nhan|hoa hong|\\d)|\\bdon hang ao\\b"
					+ "|\\bhoa hong\\b|\\bloi nhuan (cao|\\d)|\\blai (suat )?\\d+\\s*%\\s*(/|mot |moi )?(ngay|tuan)\\b"
					+ "|\\bdau tu\\b" + S + "\\b(loi nhuan|sinh loi|x2|gap doi|forex|coin|usdt|tien ao)\\b|\\bforex\\b"
					+ "|\\bsan (giao dich|coin|forex)\\b|\\b(x2|x3|nhan doi|gap doi) (tai khoan|so tien|von)\\b"
					+ "|\\bkiem tien (online|tai nha|de dang)\\b|\\bchuyen (so )?tien (can |muon )nap\\b|\\blam lenh nap\\b|\\bpart[- ]?time\\b|\\bwork from home\\b"
					+ "|\\bearn \\$?\\d+|\\bdaily income\\b|\\bguaranteed (profit|return)",
			"Mời việc nhẹ lương cao, làm nhiệm vụ, đầu tư lãi cao — lừa đảo nạp tiền.",
			"Offers easy jobs, tasks or high-return investment: deposit scams.");

	static final Rule LOAN = Rule.of("loan_offer", 0.3, "loan_debt",
			"\\b(vay|ho tro vay)\\b[^.!?\\n]{0,20}\\b(tien|von|nhanh|online|tin chap|khong the chap|chi can)\\b"
					+ "|\\bgiai ngan\\b|\\bkhoan vay\\b" + S + "\\b(duyet|phe duyet|da duoc)\\b|\\bphi (giai ngan"
					+ "|bao hiem khoan vay|ho so vay)\\b|\\bno xau\\b" + S + "\\b(van|cung) (vay|duoc)\\b",
			"Mời vay dễ dàng, giải ngân nhanh — lừa thu phí hồ sơ.", "Offers easy loans, a fee-collection scam.");

	static final Rule DEBT_THREAT = Rule.of("debt_threat", 0.45, "extortion",
			"\\bthu hoi no\\b|\\bno qua han\\b|\\bchiem doat tai san\\b|\\bloi dung tin nhiem\\b|\\bban giao ho so\\b"
					+ "|\\bquan ly no\\b|\\bno xau\\b" + S + "\\b(toan bo|gia dinh|nguoi than)\\b"
					+ "|\\b(tron tranh|ne tranh|tron) (viec )?(tra |thanh toan )?(no|khoan vay)\\b|\\bcan bo (phap ly|thu hoi no"
					+ "|thu no|xu ly no)\\b|\\b(no|khoan vay|hop dong vay)\\b[^.!?\\n]{0,80}\\bkhoi kien\\b|\\b(goi|thong bao"
					+ "|lam viec|lien he) (cho|voi|den) (gia dinh|nguoi than|co quan|noi lam viec)\\b",
			"Đe dọa đòi nợ, báo cho người thân và cơ quan.", "Threatens debt collection through family and employer.");

	static final Rule MOVE_TO_CHAT = Rule.of("move_to_chat", 0.25, "other",
			"\\b(ket ban|add|lien he|nhan tin|lien lac|chat|nhan tin qua)\\b[^.!?\\n]{0,20}\\b(zalo|telegram|whatsapp"
					+ "|messenger|viber|signal)\\b|\\b(zalo|telegram)\\b[^.!?\\n]{0,15}\\bde (duoc )?(ho tro|tu van"
					+ "|huong dan|lam viec|nhan)\\b",
			"Kéo sang Zalo/Telegram để làm việc riêng.", "Moves the conversation to Zalo or Telegram.");

	static final Rule REMOTE_ACCESS = Rule.of("remote_access", 0.5, "malware_app",
			"\\b(anydesk|teamviewer|ultraviewer|quicksupport|chia se man hinh|share man hinh)\\b",
			"Đòi cài phần mềm điều khiển từ xa hoặc chia sẻ màn hình.", "Asks for remote control or screen sharing.");

	static final Rule PARCEL = Rule.of("parcel_fee", 0.35, "delivery",
			"\\b(buu kien|don hang|hang hoa|goi hang)\\b[^.!?\\n]{0,60}\\b(tam giu|giu lai|bi giu|hai quan|hang cam"
					+ "|vi pham|dong phi|nop phi)\\b|\\bphi (thong quan|hai quan)\\b|\\b(parcel|package)\\b" + S
					+ "\\b(held|customs fee|on hold|redelivery fee)\\b",
			"Báo bưu kiện bị giữ, đòi nộp phí.", "Claims a parcel is held and demands a fee.");

	static final Rule TRAFFIC_FINE = Rule.of("traffic_fine", 0.35, "authority_impersonation",
			"\\bphat nguoi\\b|\\bnop phat\\b" + S + "\\b(truc tuyen|qua|link|tai|truoc)\\b|\\b(bien lai|bien ban)\\b"
					+ "[^.!?\\n]{0,30}\\bchua nop phat\\b|\\bbien lai\\b[^.!?\\n]{0,30}\\bphat\\b",
			"Báo phạt nguội, đòi nộp phạt qua link.", "Claims a traffic fine payable by link.");

	static final Rule GAMBLING = Rule.of("gambling", 0.5, "gambling",
			"\\b(game bai|gem bai|doi thuong|tai xiu|xoc dia|no hu|ca cuoc (bong da|the thao|online)|ca do|lo de|danh de"
					+ "|casino|nap dau(?! tien)|vong cuoc|cuu thua|cuuthua|sieuhoantra"
					+ "|ty le cuoc|tan thu|hoan tra)\\b|\\bcode \\d+\\s?k\\b|\\bnap \\d+\\s?k? (nhan|tang|thuong)\\b"
					+ "|\\b(ty|ti) ?le ?cuoc|\\bdat cuoc\\b|\\bcuoc (the thao|bong da)\\b"
					+ "|\\bnha cai (uy tin|hang dau|so 1|lon nhat|tang|tra thuong)\\b|\\bkeo (bong da|nha cai|thom)\\b"
					+ "|\\bda ga (online|truc tuyen|thomo|cua)\\b|\\b(ban ca|slot|xoc dia|lo de) (online|truc tuyen)\\b",
			"Quảng cáo cờ bạc, cá cược trực tuyến — bất hợp pháp và thường lừa nạp tiền.",
			"Advertises online gambling, illegal and a common deposit trap.");

	static final Rule TRANSFER_BAIT = Rule.of("transfer_bait", 0.5, "prize_refund",
			"\\b(ban|quy khach|anh|chi|em)\\s(vua |da |dang )?nhan duoc\\s(mot |1 |\\d+ )?(khoan |giao dich |lenh )?"
					+ "(chuyen khoan|chuyen tien|tien|kieu hoi|khoan tien)\\b[^!?\\n]{0,90}\\b(bam|nhan vao|click|truy cap"
					+ "|vao (link|duong dan)|xac nhan (tai|qua)|dang nhap|de nhan|lay tien|rut tien)\\b[^!?\\n]{0,40}"
					+ "(http|www|link|duong dan|\\.[a-z]{2,6}\\b)|\\b(western union|moneygram)\\b[\\s\\S]{0,200}"
					+ "(http|www|link|\\.[a-z]{2,6}/)",
			"Báo có tiền chuyển đến, bảo bấm link để nhận — ngân hàng không bao giờ bắt bấm link để nhận tiền.",
			"Claims money is waiting and asks to open a link to receive it; banks never do that.");

	private static final String CRYPTO = "(usdt|btc|bitcoin|eth|binance|tien ao|tien ma hoa|coin)";

	private static final String PASSWORD_VALUE = "\\bmat khau( moi| dang nhap)?\\s*(la|:|=)\\s*\\S{4,}";

	static final Rule GIVEN_CREDENTIALS = Rule.of("given_credentials", 0.6, "investment_task",
			PASSWORD_VALUE + "[\\s\\S]{0,250}\\b" + CRYPTO + "\\b|\\b" + CRYPTO + "\\b[\\s\\S]{0,250}" + PASSWORD_VALUE,
			"Gửi sẵn tài khoản và mật khẩu có số dư tiền ảo để dụ đăng nhập sàn giả và nạp tiền.",
			"Hands out a login and password of an account \"holding\" crypto to lure you into a fake exchange.");

	/** Between two letters of a disguised word: up to two dots, spaces or symbols. */
	private static final String GAP = "[^a-z0-9\\n]{0,2}";

	/**
	 * Betting words written letter by letter with dots, spaces or symbols between them
	 * ("n.h.à c.á.i", "C A S I N O", "x-ó-c đ-ĩ-a") to slip past filters. "nha cai"
	 * counts only when disguised: without diacritics it is also "nhà cải", "nhà cài".
	 */
	static final Rule SPELLED_GAMBLING = Rule.of("gambling_spelled", 0.5, "gambling",
			"(?<![a-z0-9])(?:" + spelled("casino") + "|(?!nha" + GAP + "cai(?![a-z]))" + spelled("nhacai") + "(?!" + GAP
					+ "(tao|tien|thien|ta|to|trang|cach))|" + spelled("nohu") + "|" + spelled("taixiu") + "|"
					+ spelled("xocdia") + "|" + spelled("gamebai") + "|" + spelled("napdau") + "(?!" + GAP + "tien)|"
					+ spelled("doithuong") + "|" + spelled("keobong") + ")",
			"Từ ngữ cờ bạc bị viết tách chữ, chèn dấu để né bộ lọc.",
			"Betting words spelled out with dots or spaces between letters to dodge filters.");

	/** A word whose letters may be separated by {@link #GAP}s, as a whole word. */
	private static String spelled(String word) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < word.length(); i++) {
			if (i > 0) {
				out.append(GAP);
			}
			out.append(word.charAt(i));
		}
		return out.append("(?![a-z])").toString();
	}

	static final Rule FAKE_DOCUMENTS = Rule.of("fake_documents", 0.5, "other",
			"\\blam (cac loai |tat ca cac loai )?(bang|giay to|bang cap|bang lai|can cuoc|cccd|chung minh|ho chieu"
					+ "|cavet|dang ki xe|dang ky xe)\\b|\\bcap lai\\b[^.!?\\n]{0,20}\\bbang lai\\b|\\bbang (cap 3|dai hoc)\\b"
					+ "[^.!?\\n]{0,40}\\b(giao hang|lh|lien he|zalo)\\b",
			"Rao làm giấy tờ, bằng cấp giả.", "Offers forged documents or diplomas.");

	static final Rule ADULT_SERVICES = Rule.of("adult_services", 0.45, "other",
			"\\b(gai xinh|gai goi|lam tinh|phuc vu)\\b[^.!?\\n]{0,40}\\b(zalo|add|lien he|gia|sex)\\b|\\bsex\\b",
			"Mời dịch vụ tình dục — thường là bẫy lừa đặt cọc.", "Offers sexual services, usually a deposit trap.");

	static final Rule BENEFIT_BAIT = Rule.of("benefit_bait", 0.45, "prize_refund",
			"\\bchua nhan (duoc )?(tien )?(tro cap|ho tro)\\b|\\bdu dieu kien\\b[^.!?\\n]{0,40}\\b(nhan|huong|xin|dang ky)\\b[^.!?\\n]{0,20}\\b(tien|tro cap|ho tro|khoan)\\b"
					+ "|\\b(nhan tien|tro cap)\\b[^.!?\\n]{0,30}\\b(ho tro|quy)\\b[^.!?\\n]{0,40}\\b(bam|truy cap|link|vao)\\b",
			"Báo được nhận tiền hỗ trợ, trợ cấp qua đường link.", "Announces a benefit payable through a link.");

	static final Rule FAKE_SECURITY_ALERT = Rule.of("fake_security_alert", 0.45, "credential_theft",
			"\\bneu (khong phai|ban khong|quy khach khong)\\b[^.!?\\n]{0,60}\\b(dang nhap|nhap vao|truy cap|bam vao|click|vao)"
					+ "\\b[^.!?\\n]{0,20}(http|www|\\.com|\\.vn|link)|\\b(tieu dung|giao dich|dang nhap)\\b[^.!?\\n]{0,30}"
					+ "\\b(nuoc ngoai|thiet bi (khac|la))\\b[^.!?\\n]{0,80}\\b(dang nhap|nhap vao|truy cap|bam)\\b",
			"Báo động giả về giao dịch/đăng nhập lạ để dụ vào trang giả.",
			"A fake security alert that lures you to a fake login page.");

	static final Rule PREMIUM_SMS = Rule.of("premium_rate_reply", 0.4, "spam",
			"\\b(txt|text|send|reply)\\b[^.!?\\n]{0,20}\\bto \\d{4,6}\\b|\\bcall\\s?0?9\\d{9}\\b|\\b0(8|9)\\d{9}\\b"
					+ "|\\b\\d{4,6}\\b[^.!?\\n]{0,15}\\b(\\d+p|\\d+ ?pence|150p|per msg|/msg)\\b",
			"Dụ nhắn hoặc gọi tới đầu số tính cước cao.", "Lures you into texting or calling a premium-rate number.");

	static final Rule PREMIUM_CHARGES = Rule.of("premium_charges", 0.3, "spam",
			"\\b\\d+\\s?p\\s?(/|per)\\s?(msg|min|minute|week|wk|txt|text)\\b|\\b150p|\\bgbp\\s?\\d|\\bper week\\b"
					+ "|\\b(opt ?out|optout)\\b|\\b(txt|send|reply) stop\\b|\\bstop to end\\b|\\bpobox\\s?\\d|\\bpo box\\b"
					+ "|\\bcharged\\b[^.!?\\n]{0,20}\\b(per|a) (week|month|msg)\\b|\\b18\\s?\\+",
			"Dịch vụ nhắn tin tính phí cao, đăng ký ngầm.", "A premium-rate subscription service.");

	static final Rule FREE_OFFER = Rule.of("free_offer", 0.35, "spam",
			"\\bfree\\b[^.!?\\n]{0,30}\\b(entry|ringtone|msg|camera|phone|nokia|video|gift|tone|text|call|minutes|holiday"
					+ "|ticket|sex|chat)\\b|\\b(won|win)\\b[^.!?\\n]{0,30}(\\$|cash|prize|holiday|voucher|phone|ipod|camera"
					+ "|tickets|award)|\\b(bonus|award|reward)\\b[^.!?\\n]{0,30}\\b(call|claim|txt|text)\\b|\\burgent\\b"
					+ "|\\b(valid|expires?)\\b[^.!?\\n]{0,10}\\d+ ?hrs\\b",
			"Mời quà, tiền thưởng miễn phí kiểu tin rác.", "Offers free prizes or cash in the style of spam.");

	static final List<Rule> ALL = List.of(SENSITIVE_MEDIA, THREAT_TO_EXPOSE, PAYMENT_DEMAND, DEADLINE,
			PRIVATE_DETECTIVE, LEGAL_THREAT, SECRECY, SAFE_ACCOUNT, EGOV_UPDATE, UTILITY_THREAT, BANK_PROBLEM,
			CREDENTIAL_REQUEST, APP_INSTALL, URGENCY, ACCOUNT_PROBLEM, BORROW_MONEY, PRIZE, PRIZE_CLAIM,
			INVESTMENT_TASK, LOAN, DEBT_THREAT, MOVE_TO_CHAT, REMOTE_ACCESS, PARCEL, TRAFFIC_FINE, GAMBLING,
			FAKE_DOCUMENTS, ADULT_SERVICES, BENEFIT_BAIT, FAKE_SECURITY_ALERT, TRANSFER_BAIT, GIVEN_CREDENTIALS,
			SPELLED_GAMBLING, PREMIUM_SMS, PREMIUM_CHARGES, FREE_OFFER);

	private static final String ORGANISATION = "(ngan hang|[a-z]{0,12} ?bank|vcb|bidv|agribank|vietinbank"
			+ "|acb|vpbank|tpbank|sacombank|hdbank|vib|shb|seabank|ocb|msb|eximbank|lpbank|shinhan|momo|zalopay|vnpay"
			+ "|viettel ?(money|pay)?|vinaphone|mobifone|vnpt|vietnamobile|itel|evn|dien luc|bao hiem xa hoi|vneid|cuc thue"
			+ "|shopee|lazada|tiki|tiktok shop|giao hang nhanh|ghn|ghtk|viettel post|vnpost|buu dien|cong an|bo cong an)";

	/**
	 * An organisation speaking in its own voice: its name as a tag at the start ("[ACB]",
	 * "(TPBank)", "MoMo:"), its name announcing something, or its name while addressing
	 * "quý khách".
	 */
	static final Pattern ORGANISATION_VOICE = Pattern
		.compile("^\\W{0,3}" + ORGANISATION + "\\b\\W{0,2}[\\])]?\\s*[:\\-]" + "|^\\W{0,3}[\\[(]" + ORGANISATION
				+ "[\\])]|\\b" + ORGANISATION + "\\s*:?\\s*(xin )?(thong bao|kinh gui"
				+ "|tran trong|cam on quy khach|xin chao quy khach)\\b|\\bquy khach\\b[\\s\\S]{0,200}\\b" + ORGANISATION
				+ "\\b|\\b" + ORGANISATION + "\\b[\\s\\S]{0,200}\\bquy khach\\b");

	/** A one-time or verification code handed over in the message. */
	static final Pattern CODE_DELIVERY = Pattern
		.compile("\\b(ma|code|otp)\\b[^\\d\\n]{0,40}\\b\\d{4,8}\\b|\\b\\d{4,8}\\b[^\\d\\n]{0,10}\\b(la ma|is your)\\b");

	/** Words of warnings written about scams by police, banks and agencies. */
	static final Pattern WARNING_WORDS = Pattern.compile("\\b(canh bao|khuyen cao|thu doan|(cac|nhung|nhieu) doi tuong"
			+ "|doi tuong (lua dao|xau|gia danh|mao danh)|cuoc goi mao danh"
			+ "|ke gian|gia danh|mao danh|gia mao|nang cao canh giac|canh giac|de phong|phong tranh|phong ngua"
			+ "|trinh bao|to giac|scam alert|beware|be aware|be careful|fraudsters|scammers)\\b");

	/** Advice not to do what a scam asks. */
	static final Pattern PROTECTIVE_ADVICE = Pattern.compile("\\b(khong|tuyet doi khong|khong bao gio|dung|never"
			+ "|do not|don't)\\s+(cung cap|chia se|tiet lo|chuyen tien|chuyen khoan|bam|nhan vao|click|truy cap"
			+ "|cai dat|lam theo|nghe theo|share|give|send|tap|reply|pay|install|dua)\\b|\\bkhong bao gio\\b" + S
			+ "\\b(yeu cau|de nghi|goi dien|nhan tin)\\b|\\b(will|would) never ask\\b|\\bkhong (lam viec|giai quyet)"
			+ " qua (dien thoai|zalo|mang)\\b|\\blien he (ngay )?(co quan )?cong an\\b|\\bbao (ngay )?cho (co quan"
			+ " )?cong an\\b");

	static final Pattern NEGATION_BEFORE = Pattern
		.compile("\\b(khong|dung|tuyet doi|chang|never|do not|don't|not|khong bao gio)\\b[^.!?\\n]{0,12}$");

	private MessageRules() {
	}

}
