package vn.canhgiac.app.intel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import vn.canhgiac.app.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign pages and the public lookup in a real browser at phone width, with the
 * Content-Security-Policy in force. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntelBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	IntelManagement intel;

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

	private void caseWith(UUID caseId, String... values) {
		List<ObservedIndicator> observed = new ArrayList<>();
		for (String value : values) {
			String[] parts = value.split("=", 2);
			observed.add(new ObservedIndicator(parts[0], parts[1]));
		}
		this.events.publishEvent(
				new IndicatorsObserved(IndicatorsObserved.Source.CASE, caseId, caseId, observed, Instant.now()));
	}

	@Test
	void policeSeeACampaignAsAGraphAndOpenALinkingValue() throws Exception {
		List<UUID> cases = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			cases.add(UUID.randomUUID());
		}
		caseWith(cases.get(0), "telegram=@thamtu_browser", "bank_account=0123456789");
		caseWith(cases.get(1), "telegram=@thamtu_browser", "crypto_wallet=0x52908400098527886E0F7030069857D2E4169EE7");
		caseWith(cases.get(2), "crypto_wallet=0x52908400098527886E0F7030069857D2E4169EE7", "phone=0913555777");
		caseWith(cases.get(3), "phone=0913555777", "domain=vay-nhanh-browser.xyz");
		caseWith(cases.get(4), "bank_account=0123456789", "image_hash=6061e18ff2639b64");
		UUID campaign = this.intel.campaignOf(cases.get(0)).orElseThrow();
		assertThat(this.intel.campaignOf(cases.get(3))).contains(campaign);

		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("police");
		browser.findElement(By.id("password")).sendKeys("canhgiac-demo-2026");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
		HeadlessChromium.navigate(browser, By.cssSelector("a[href='/intel/campaigns']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chiến dịch lừa đảo");
		HeadlessChromium.screenshot(browser, "intel-01-campaigns");
		HeadlessChromium.navigate(browser, By.cssSelector("a[href='/intel/campaigns/" + campaign + "']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chiến dịch gồm 5 vụ việc");
		WebElement graph = browser.findElement(By.cssSelector("svg.campaign-graph"));
		assertThat(graph.getSize().getWidth()).as("the graph is drawn").isGreaterThan(200);
		assertThat(browser.findElements(By.cssSelector("svg.campaign-graph circle"))).hasSize(5);
		assertThat(browser.findElements(By.cssSelector("svg.campaign-graph rect"))).hasSize(4);
		Long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(0L);
		HeadlessChromium.screenshot(browser, "intel-02-campaign-graph");
		HeadlessChromium.navigate(browser, By.linkText("@thamtu_browser"));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Được báo cáo");
		HeadlessChromium.screenshot(browser, "intel-03-indicator");
	}

	@Test
	void anyoneLooksUpANumberWithoutLogin() throws Exception {
		this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.REPORT, UUID.randomUUID(), null,
				List.of(new ObservedIndicator("phone", "0913888999")), Instant.now()));
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		HeadlessChromium.navigate(browser, By.cssSelector("a[href='/public/lookup']"));
		browser.findElement(By.id("value")).sendKeys("0913 888 999");
		HeadlessChromium.navigate(browser, By.cssSelector("button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("#lookup-result h2")).getText())
			.isEqualTo("Đã bị báo cáo lừa đảo");
		HeadlessChromium.screenshot(browser, "intel-04-public-lookup");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
