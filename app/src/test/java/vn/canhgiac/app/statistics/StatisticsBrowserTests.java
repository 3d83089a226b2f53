package vn.canhgiac.app.statistics;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.canhgiac.app.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader's dashboards in a real browser at phone width: the charts are drawn (from
 * the webjar, under the strict content security policy), each chart's table opens, and
 * the monthly report can be made. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "canhgiac.test.context=statistics-browser", "canhgiac.demo.history-reports=240" })
class StatisticsBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
	void aLeaderSeesTheChartsWithTheirNumbersAndMakesTheMonthlyReport() throws IOException {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("leader");
		browser.findElement(By.id("password")).sendKeys("canhgiac-demo-2026");
		browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		wait(10).until(ExpectedConditions.urlToBe(url("/")));
		browser.findElement(By.cssSelector("a[href='/stats']")).click();
		wait(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=trend] canvas")));
		List<WebElement> drawn = browser.findElements(By.cssSelector("[data-chart] canvas"));
		assertThat(drawn).as("every chart on the page is drawn").hasSize(7);
		long reports = this.jdbc
			.sql("""
					select count(*) from report where created_at >= (date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh')
					                                                  - interval '11 months') at time zone 'Asia/Ho_Chi_Minh'""")
			.query(Long.class)
			.single();
		assertThat(reports).isPositive();
		assertThat(browser.findElement(By.cssSelector(".stat-value")).getText()).isEqualTo(Long.toString(reports));
		HeadlessChromium.screenshot(browser, "stats-01-situation");
		for (String panel : List.of("trend", "categories", "money", "response")) {
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
					browser.findElement(By.id("panel-" + panel)));
			HeadlessChromium.screenshot(browser, "stats-01-" + panel);
		}

		WebElement communes = browser.findElement(By.id("panel-communes"));
		communes.findElement(By.tagName("summary")).click();
		assertThat(communes.findElement(By.tagName("table")).getText()).contains("Phường An Hòa");
		HeadlessChromium.screenshot(browser, "stats-02-commune-table");

		browser.get(url("/stats/awareness"));
		wait(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=awareness] canvas")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sở Tài chính");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				browser.findElement(By.id("panel-awareness")));
		HeadlessChromium.screenshot(browser, "stats-03-awareness");

		browser.get(url("/stats/monthly"));
		browser.findElement(By.cssSelector("form[action$='/stats/monthly'] button[type=submit]")).click();
		wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã lập báo cáo"));
		assertThat(browser.findElements(By.cssSelector("a[href$='.pdf']"))).hasSize(1);
		HeadlessChromium.screenshot(browser, "stats-04-monthly");
	}

	private static WebDriverWait wait(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
