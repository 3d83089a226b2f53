package vn.canhgiac.app.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.app.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole reporting flow in a real browser at phone width: staff reports a picture, the
 * officer finds it in the inbox, reveals the picture (logged), assigns and closes the
 * case, and the reporter sees the outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFlowBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

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
	void staffReportsAPictureThePoliceWorkItAndTheReporterSeesTheOutcome() throws Exception {
		login("staff");
		browser.get(url("/reports/new"));
		assertThat(browser.findElement(By.cssSelector(".panel.urgent")).getText()).contains("Công an phường An Hòa");
		HeadlessChromium.screenshot(browser, "20-report-form");
		Path picture = Files.createTempFile("bang-chung", ".jpg");
		Files.write(picture, ReportToCaseTests.picture().getBytes());
		browser.findElement(By.id("description")).sendKeys("Tôi nhận được thư có ảnh ghép và mã QR đòi tiền.");
		browser.findElement(By.id("files")).sendKeys(picture.toAbsolutePath().toString());
		browser.findElement(By.id("telegram")).sendKeys("@doi_tien_nhanh");
		browser.findElement(By.id("consent")).click();
		browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?sent"));
		String code = browser.findElement(By.cssSelector(".secret")).getText();
		assertThat(code).matches("PA(-[A-Z2-9]{4}){4}");
		String reportUrl = browser.getCurrentUrl().replace("?sent", "");
		HeadlessChromium.screenshot(browser, "21-report-sent");

		logout();
		login("police");
		browser.get(url("/cases"));
		HeadlessChromium.navigate(browser, By.cssSelector("table tbody tr:first-child a"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tôi nhận được thư có ảnh ghép")
			.contains("@doi_tien_nhanh");
		String caseUrl = browser.getCurrentUrl();
		String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
		assertThat(browser.findElement(By.cssSelector(".picture-frame img")).getAttribute("src"))
			.doesNotContain("reveal=true");
		assertThat(horizontalOverflow()).as("the case page fits a phone").isLessThanOrEqualTo(0L);
		HeadlessChromium.screenshot(browser, "22-case-page");

		HeadlessChromium.navigate(browser, By.linkText("Xác nhận mật khẩu để xem rõ hoặc tải bản gốc"));
		browser.findElement(By.id("secret-password")).sendKeys("canhgiac-demo-2026");
		HeadlessChromium.navigate(browser, By.cssSelector("form[action$='/account/confirm'] button[type=submit]"));
		String revealUrl = browser.findElement(By.linkText("Xem ảnh rõ (được ghi lại)")).getAttribute("href");
		browser.get(revealUrl);
		browser.get(caseUrl);
		assertThat(this.jdbc.sql(
				"select count(*) from audit_entry where case_ref = ? and action = 'evidence.reveal' and actor_name = 'police'")
			.param(caseId)
			.query(Integer.class)
			.single()).isEqualTo(1);

		new Select(browser.findElement(By.id("assignee"))).selectByVisibleText("Lê Minh Tuấn");
		submitAndWait(By.cssSelector("form[action$='/assign'] button"));
		assertThat(browser.findElement(By.cssSelector(".lead")).getText()).contains("Lê Minh Tuấn");
		new Select(browser.findElement(By.id("to-status"))).selectByVisibleText("Đã kết thúc");
		browser.findElement(By.id("resolution")).sendKeys("Đã làm việc với người phản ánh, hướng dẫn giữ chứng cứ.");
		submitAndWait(By.cssSelector("form[action$='/status'] button"));
		assertThat(browser.findElement(By.cssSelector(".lead .badge")).getText()).isEqualTo("Đã kết thúc");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("xem rõ bằng chứng")
			.contains("giao cán bộ thụ lý")
			.contains("chuyển trạng thái");
		HeadlessChromium.screenshot(browser, "23-case-closed");

		logout();
		login("staff");
		browser.get(reportUrl);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vụ việc đã kết thúc")
			.as("a closed case was never referred")
			.doesNotContain("Đã chuyển cơ quan điều tra");
		assertThat(horizontalOverflow()).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(0L);
		HeadlessChromium.screenshot(browser, "24-reporter-sees-outcome");
	}

	/** Clicks and waits for the next page, so no element of the old page is read. */
	private static void submitAndWait(By button) {
		org.openqa.selenium.WebElement element = browser.findElement(button);
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(element));
	}

	private static long horizontalOverflow() {
		return (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	private void login(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("canhgiac-demo-2026");
		browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
	}

	private void logout() {
		browser.manage().deleteAllCookies();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
