package vn.canhgiac.app.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import vn.canhgiac.app.testing.HeadlessChromium;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's chromium with chromium-driver, headless) at phone width: open
 * the login page, switch to English and back, log in as staff, reach the home page.
 * Screenshots are left in target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = HeadlessChromium.start();
	}

	@BeforeEach
	void startAnonymous() {
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void staffSwitchesLanguageLogsInAndReachesHome() throws Exception {
		browser.get(url("/login"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
		screenshot("01-login-vi");

		browser.findElement(By.linkText("English")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
		browser.get(url("/login"));
		assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText())
			.as("the language choice is remembered")
			.isEqualTo("Username");
		screenshot("02-login-en");

		browser.findElement(By.linkText("Tiếng Việt")).click();
		browser.findElement(By.id("username")).sendKeys("staff");
		browser.findElement(By.id("password")).sendKeys("canhgiac-demo-2026");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, Nguyễn Văn An");
		assertThat(browser.findElement(By.cssSelector(".station-name")).getText()).isEqualTo("Công an phường An Hòa");
		assertThat(browser.findElements(By.cssSelector(".card.available a[href='/reports/new']")))
			.as("staff can report to the police from home")
			.hasSize(1);
		Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(0L);
		screenshot("03-home-staff");

		browser.get(url("/no-such-page"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang này.");
		screenshot("04-not-found");
	}

	@Test
	void staffChecksAScamMessageAndAPictureWhichStaysBlurredUntilRevealed() throws Exception {
		login("staff");
		browser.get(url("/checks"));
		browser.findElement(By.id("text"))
			.sendKeys("Chúng tôi có ảnh nhạy cảm của anh. Chuyển 50 triệu vào STK 0123456789 Vietcombank trong "
					+ "48 giờ, nếu không sẽ gửi cho gia đình và cơ quan anh.");
		browser.findElement(By.id("sender-personal")).click();
		screenshot("05-message-form-sender");
		HeadlessChromium.navigate(browser, By.cssSelector("form[action$='/checks/text'] button"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đây là tin nhắn lừa đảo");
		assertThat(browser.findElement(By.id("check-source")).getText()).isEqualTo("Nguồn: số điện thoại thường");
		assertThat(browser.findElements(By.tagName("mark"))).isNotEmpty();
		screenshot("05-message-result");

		Path picture = Path.of("target/screenshots/upload.jpg");
		javax.imageio.ImageIO.write(SamplePictures.portrait(), "jpg", picture.toFile());
		browser.get(url("/checks/image"));
		browser.findElement(By.id("image")).sendKeys(picture.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("form[action$='/checks/image'] button[type=submit]")).click();
		try {
			new WebDriverWait(browser, Duration.ofSeconds(120))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".verdict-card")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("06-image-timeout");
			throw new AssertionError("no result at " + browser.getCurrentUrl() + ": "
					+ browser.findElement(By.tagName("main")).getText(), ex);
		}
		WebElement shown = browser.findElement(By.cssSelector("img.picture"));
		assertThat(shown.getAttribute("src")).contains("reveal=false");
		screenshot("06-image-result-blurred");

		browser.findElement(By.linkText("Hiện ảnh rõ")).click();
		assertThat(browser.getCurrentUrl()).as("revealing asks to confirm it is the owner")
			.contains("/account/confirm");
		browser.findElement(By.id("secret-password")).sendKeys("canhgiac-demo-2026");
		browser.findElement(By.cssSelector("form[action$='/account/confirm'] button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector("img.picture")).getAttribute("src")).contains("reveal=true");
		screenshot("07-image-revealed");
	}

	private void login(String username) {
		browser.get(url("/login"));
		if (browser.findElements(By.id("username")).isEmpty()) {
			return;
		}
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("canhgiac-demo-2026");
		browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static void screenshot(String name) throws Exception {
		HeadlessChromium.screenshot(browser, name);
	}

}
