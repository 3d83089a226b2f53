package vn.canhgiac.app.advisories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.app.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow in a real browser at phone width: a leader publishes a reviewed
 * advisory, staff see the banner on their home page, read it, press "Tôi đã đọc và hiểu",
 * pass the quiz, and the leader's compliance dashboard shows it. Screenshots go to
 * target/screenshots (and /tmp/advisories-screens) for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "canhgiac.advisories.job-initial-delay=PT1H", "canhgiac.advisories.feeds.initial-delay=PT1H" })
class AdvisoryBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Advisories advisories;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void publishedAdvisoryReachesStaffWhoReadAcknowledgeAndPassTheQuiz() throws Exception {
		AdvisoryTestSupport.User author = AdvisoryTestSupport.user(this.jdbc, "policeadmin");
		long office = AdvisoryTestSupport.unitId(this.jdbc, "UBND-AH-VP");
		long id = this.advisories
			.create(AdvisoryTestSupport.draft("70/UBND-VP", new Audience(false, List.of(office), List.of()),
					AdvisoryTestSupport.threeQuestions(), false, List.of("127/CAT-ANM")), author);
		this.advisories.submitForReview(id, author);

		login("leader");
		browser.get(url("/advisories/" + id));
		assertThat(text("main")).contains("Chờ duyệt").contains("70/UBND-VP");
		screenshot("adv-01-review-leader");
		browser.findElement(By.id("publish")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		browser.switchTo().alert().accept();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã ban hành tới"));
		assertThat(browser.findElement(By.linkText("127/CAT-ANM")).getAttribute("href"))
			.as("the referenced police letter is linked")
			.contains("/advisories/");
		screenshot("adv-02-published");

		logout();
		login("staff");
		String banner = browser.findElement(By.cssSelector(".advisory-banner")).getText();
		assertThat(banner).contains("70/UBND-VP").contains("cần đọc và xác nhận");
		screenshot("adv-03-home-banner");
		HeadlessChromium.navigate(browser, By.cssSelector(".advisory-banner a[href$='/advisories/" + id + "']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cảnh báo thử 70/UBND-VP");
		screenshot("adv-04-reading");
		HeadlessChromium.navigate(browser, By.id("acknowledge-button"));
		assertThat(browser.findElement(By.id("acknowledged")).getText()).startsWith("Bạn đã xác nhận");
		browser.findElement(By.id("q0o1")).click();
		browser.findElement(By.id("q1o0")).click();
		browser.findElement(By.id("q2o1")).click();
		screenshot("adv-05-quiz");
		HeadlessChromium.navigate(browser, By.id("quiz-submit"));
		assertThat(browser.findElement(By.id("quiz-result")).getText()).startsWith("Đạt");
		screenshot("adv-06-quiz-passed");
		browser.get(url("/"));
		assertThat(browser.findElements(By.cssSelector(".advisory-banner a[href$='/advisories/" + id + "']")))
			.as("the banner no longer asks for it")
			.isEmpty();
		browser.get(url("/advisories"));
		screenshot("adv-07-my-advisories");

		logout();
		login("leader");
		browser.get(url("/advisories/" + id + "/compliance"));
		assertThat(browser.findElement(By.id("acknowledged-percent")).getText()).isNotEqualTo("0 %");
		assertThat(browser.findElement(By.id("passed-percent")).getText()).isNotEqualTo("0 %");
		assertThat(browser.findElement(By.id("pending")).getText()).doesNotContain("Nguyễn Văn An");
		Long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		screenshot("adv-08-compliance");
		assertThat(overflow).as("no sideways scrolling of the page at phone width").isLessThanOrEqualTo(0L);
		HeadlessChromium.navigate(browser, By.linkText("Tỉnh Hòa Vinh"));
		browser.get(url("/advisories/" + id + "/compliance?unit=" + AdvisoryTestSupport.unitId(this.jdbc, "UBND-AH")));
		HeadlessChromium.navigate(browser, By.partialLinkText("Văn phòng HĐND"));
		assertThat(text("h1")).contains("70/UBND-VP");
		assertThat(browser.findElement(By.cssSelector(".breadcrumbs")).getText()).contains("Phường An Hòa");
		assertThat(browser.findElement(By.id("pending")).getText()).doesNotContain("Nguyễn Văn An");
		assertThat(browser.findElement(By.id("remind")).getText()).startsWith("Nhắc");
		screenshot("adv-09-compliance-unit");
		browser.get(url("/advisories/compliance"));
		screenshot("adv-10-compliance-overview");
	}

	@Test
	void editorsFormAndPublicPagesWorkAtPhoneWidth() throws Exception {
		login("unitadmin");
		browser.get(url("/advisories/manage"));
		assertThat(text("h1")).isEqualTo("Quản lý cảnh báo");
		screenshot("adv-11-manage-unitadmin");
		HeadlessChromium.navigate(browser, By.id("new-advisory"));
		assertThat(browser.findElements(By.id("everyone"))).as("a unit administrator cannot address everyone")
			.isEmpty();
		browser.findElement(By.id("number")).sendKeys("71/UBND-AH");
		browser.findElement(By.id("title")).sendKeys("Cảnh báo của phường An Hòa");
		screenshot("adv-12-form");
		HeadlessChromium.navigate(browser, By.id("save"));
		assertThat(text("main")).contains("Dự thảo").contains("Cảnh báo của phường An Hòa");
		HeadlessChromium.navigate(browser, By.id("submit-review"));
		assertThat(text("main")).as("the audience is still missing").contains("nơi nhận");
		screenshot("adv-13-submit-refused");
		HeadlessChromium.navigate(browser, By.linkText("Quay lại văn bản"));
		assertThat(text("h1")).isEqualTo("Cảnh báo của phường An Hòa");
		logout();

		browser.get(url("/public/advisories"));
		assertThat(text("main")).contains("127/CAT-ANM").doesNotContain("183/UBND-NC");
		screenshot("adv-14-public-list");
		HeadlessChromium.navigate(browser, By.partialLinkText("127/CAT-ANM"));
		assertThat(text("h1")).isEqualTo("Cảnh báo thủ đoạn tống tiền bằng hình ảnh cắt ghép");
		screenshot("adv-15-public-advisory");
	}

	private String text(String tag) {
		return browser.findElement(By.tagName(tag)).getText();
	}

	private void login(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("canhgiac-demo-2026");
		HeadlessChromium.navigate(browser, By.cssSelector("form[action$='/login'] button[type=submit]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
	}

	private void logout() {
		browser.manage().deleteAllCookies();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(browser, name);
		Path copies = Files.createDirectories(Path.of("/tmp/advisories-screens"));
		Files.copy(Path.of("target/screenshots", name + ".png"), copies.resolve(name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
