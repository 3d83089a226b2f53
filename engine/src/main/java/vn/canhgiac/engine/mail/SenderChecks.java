package vn.canhgiac.engine.mail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.dom.address.Mailbox;
import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Signal;

/**
 * Who the message claims to be from against where it really comes from and where answers
 * go. Scams in Vietnam sign as the police, the procuracy, the tax office or a bank while
 * sending from a free mailbox; real agencies write from their own {@code gov.vn} domains.
 */
final class SenderChecks {

	static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn",
			"outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "proton.me",
			"protonmail.com", "mail.ru", "yandex.ru", "yandex.com", "gmx.com", "gmx.net", "zoho.com", "qq.com",
			"163.com", "tutanota.com");

	/** Names of agencies and banks without diacritics, matched on word boundaries. */
	private static final Pattern AUTHORITY = Pattern.compile("\\b(cong an|bo cong an|police|canh sat|vien kiem sat"
			+ "|toa an|cuc thue|chi cuc thue|tong cuc thue|bhxh|bao hiem xa hoi|ngan hang|bank|vietcombank|vietinbank"
			+ "|bidv|agribank|techcombank|mbbank|vpbank|tpbank|sacombank|evn|dien luc|ubnd|uy ban nhan dan|chinh phu"
			+ "|bo tai chinh|dich vu cong|vneid|hai quan|ministry|government|congan|bocongan|vienkiemsat)\\b");

	private static final Pattern ADDRESS_IN_NAME = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");

	private SenderChecks() {
	}

	static List<Signal> check(@Nullable Mailbox from, @Nullable Mailbox replyTo, @Nullable Mailbox returnPath) {
		if (from == null) {
			return List.of(new Signal("sender_missing", 0.3, null, "Thư không có địa chỉ người gửi hợp lệ.",
					"The message has no valid sender address."));
		}
		String domain = Addresses.domain(from);
		String name = (from.getName() != null) ? MailReader.decode(from.getName()) : "";
		List<Signal> signals = new ArrayList<>();
		Matcher inName = ADDRESS_IN_NAME.matcher(name);
		if (inName.find() && !Addresses.sameOrganisation(inName.group(1).toLowerCase(Locale.ROOT), domain)) {
			signals.add(new Signal("display_name_address_mismatch", 0.6, null,
					"Tên hiển thị ghi địa chỉ " + inName.group() + " nhưng thư thật ra gửi từ "
							+ Addresses.address(from) + ".",
					"The display name shows " + inName.group() + " but the message comes from "
							+ Addresses.address(from) + "."));
		}
		String claimed = fold(name + " " + from.getLocalPart());
		if (FREE_MAIL.contains(domain) && AUTHORITY.matcher(claimed).find()) {
			signals.add(new Signal("authority_from_free_mail", 0.7, null,
					"Người gửi xưng là cơ quan nhà nước hoặc ngân hàng nhưng dùng hộp thư miễn phí " + domain
							+ "; cơ quan thật dùng tên miền riêng (gov.vn, ngân hàng).",
					"The sender claims to be an agency or a bank but writes from the free mailbox provider " + domain
							+ "; real agencies use their own domain."));
		}
		String replyDomain = Addresses.domain(replyTo);
		if (!replyDomain.isEmpty() && !Addresses.sameOrganisation(replyDomain, domain)) {
			boolean toFreeMail = FREE_MAIL.contains(replyDomain);
			signals.add(new Signal("reply_to_mismatch", toFreeMail ? 0.5 : 0.35, null,
					"Thư trả lời sẽ đi tới " + Addresses.address(replyTo) + ", không phải người gửi "
							+ Addresses.address(from) + ".",
					"Replies go to " + Addresses.address(replyTo) + ", not to the sender " + Addresses.address(from)
							+ "."));
		}
		String bounceDomain = Addresses.domain(returnPath);
		// Mailing services legitimately bounce to their own domain, so this alone weighs
		// little.
		if (!bounceDomain.isEmpty() && !Addresses.sameOrganisation(bounceDomain, domain)) {
			signals.add(new Signal("return_path_mismatch", 0.15, null,
					"Địa chỉ hồi báo (Return-Path) " + bounceDomain + " khác tên miền người gửi " + domain + ".",
					"The Return-Path domain " + bounceDomain + " differs from the sender's domain " + domain + "."));
		}
		return signals;
	}

	/**
	 * Lower case without diacritics, đ as d, so that "Công An" and "cong an" match alike.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('.', ' ').replace('_', ' ');
	}

}
