package vn.canhgiac.app.reports.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import vn.canhgiac.app.reports.ReportCategory;
import vn.canhgiac.app.reports.ReportChannel;
import vn.canhgiac.app.reports.ReportDraft;

/** The report form as posted. */
public class ReportForm {

	private ReportCategory category = ReportCategory.EXTORTION_IMAGES;

	private ReportChannel channel = ReportChannel.LETTER;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate happenedOn;

	private String description = "";

	private String pastedText = "";

	private String links = "";

	private String phone = "";

	private String zalo = "";

	private String telegram = "";

	private String email = "";

	private String wallet = "";

	private String bankAccount = "";

	private String bankName = "";

	private @Nullable Long moneyDemanded;

	private @Nullable Long moneyPaid;

	private @Nullable Long communeId;

	private String reporterName = "";

	private String reporterEmail = "";

	private String reporterPhone = "";

	private boolean consent;

	private @Nullable UUID fromCheck;

	ReportDraft toDraft() {
		return new ReportDraft(this.category, this.channel, this.happenedOn, this.description, this.pastedText,
				this.links, this.phone, this.zalo, this.telegram, this.email, this.wallet, this.bankAccount,
				this.bankName, this.moneyDemanded, this.moneyPaid, this.communeId, this.reporterName,
				this.reporterEmail, this.reporterPhone, this.consent, this.fromCheck);
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	public ReportCategory getCategory() {
		return this.category;
	}

	public void setCategory(ReportCategory category) {
		this.category = category;
	}

	public ReportChannel getChannel() {
		return this.channel;
	}

	public void setChannel(ReportChannel channel) {
		this.channel = channel;
	}

	public @Nullable LocalDate getHappenedOn() {
		return this.happenedOn;
	}

	public void setHappenedOn(@Nullable LocalDate happenedOn) {
		this.happenedOn = happenedOn;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = text(description);
	}

	public String getPastedText() {
		return this.pastedText;
	}

	public void setPastedText(@Nullable String pastedText) {
		this.pastedText = text(pastedText);
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(@Nullable String links) {
		this.links = text(links);
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = text(phone);
	}

	public String getZalo() {
		return this.zalo;
	}

	public void setZalo(@Nullable String zalo) {
		this.zalo = text(zalo);
	}

	public String getTelegram() {
		return this.telegram;
	}

	public void setTelegram(@Nullable String telegram) {
		this.telegram = text(telegram);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = text(email);
	}

	public String getWallet() {
		return this.wallet;
	}

	public void setWallet(@Nullable String wallet) {
		this.wallet = text(wallet);
	}

	public String getBankAccount() {
		return this.bankAccount;
	}

	public void setBankAccount(@Nullable String bankAccount) {
		this.bankAccount = text(bankAccount);
	}

	public String getBankName() {
		return this.bankName;
	}

	public void setBankName(@Nullable String bankName) {
		this.bankName = text(bankName);
	}

	public @Nullable Long getMoneyDemanded() {
		return this.moneyDemanded;
	}

	public void setMoneyDemanded(@Nullable Long moneyDemanded) {
		this.moneyDemanded = moneyDemanded;
	}

	public @Nullable Long getMoneyPaid() {
		return this.moneyPaid;
	}

	public void setMoneyPaid(@Nullable Long moneyPaid) {
		this.moneyPaid = moneyPaid;
	}

	public @Nullable Long getCommuneId() {
		return this.communeId;
	}

	public void setCommuneId(@Nullable Long communeId) {
		this.communeId = communeId;
	}

	public String getReporterName() {
		return this.reporterName;
	}

	public void setReporterName(@Nullable String reporterName) {
		this.reporterName = text(reporterName);
	}

	public String getReporterEmail() {
		return this.reporterEmail;
	}

	public void setReporterEmail(@Nullable String reporterEmail) {
		this.reporterEmail = text(reporterEmail);
	}

	public String getReporterPhone() {
		return this.reporterPhone;
	}

	public void setReporterPhone(@Nullable String reporterPhone) {
		this.reporterPhone = text(reporterPhone);
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public @Nullable UUID getFromCheck() {
		return this.fromCheck;
	}

	public void setFromCheck(@Nullable UUID fromCheck) {
		this.fromCheck = fromCheck;
	}

}
