package vn.canhgiac.app.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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

import vn.canhgiac.app.testing.HeadlessChromium;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step login in a real browser (Debian's headless chromium at phone width): enrol by
 * the secret shown next to the QR code, log in with a wrong then a right code, log in
 * with a recovery code, and watch the live strength meter (which runs under the
 * Content-Security-Policy without inline scripts). Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoFactorBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

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
	void enrolsThenLogsInWithWrongAndRightCodeThenWithARecoveryCode() throws Exception {
		this.accounts.createAccount("browser.totp", AccountTestSupport.PASSPHRASE, null, Set.of(Role.STAFF));
		logIn("browser.totp");
		waitFor("/");

		browser.get(url("/account/security"));
		assertThat(browser.findElement(By.id("status-2fa")).getText()).contains("chưa bật");
		browser.findElement(By.cssSelector("#status-2fa a")).click();
		waitFor("/account/2fa");
		WebElement qr = browser.findElement(By.cssSelector("img.qr-image"));
		assertThat((Long) script("return arguments[0].naturalWidth;", qr)).as("QR code rendered").isGreaterThan(100L);
		String secret = browser.findElement(By.id("totp-secret")).getAttribute("data-secret");
		assertThat(browser.findElement(By.id("totp-secret")).getText().replace(" ", "")).isEqualTo(secret);
		screenshot("11-2fa-enrol");

		browser.findElement(By.id("code")).sendKeys(wrongCode(secret));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")))
			.getText()).contains("Mã không đúng");

		TwoFactorTests.awayFromStepBoundary();
		browser.findElement(By.id("code")).sendKeys(code(secret, 0));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		List<String> recoveryCodes = browser.findElements(By.cssSelector(".recovery-codes code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(recoveryCodes).hasSize(10);
		screenshot("12-2fa-recovery-codes");

		logOut();
		logIn("browser.totp");
		waitFor("/login/totp");
		browser.findElement(By.id("code")).sendKeys(wrongCode(secret));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")))
			.getText()).contains("Mã không đúng");
		screenshot("13-totp-wrong-code");
		TwoFactorTests.awayFromStepBoundary();
		browser.findElement(By.id("code")).sendKeys(code(secret, 1));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor("/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, browser.totp");

		logOut();
		logIn("browser.totp");
		waitFor("/login/totp");
		browser.findElement(By.cssSelector("details summary")).click();
		browser.findElement(By.id("recoveryCode")).sendKeys(recoveryCodes.get(0));
		browser.findElement(By.cssSelector("details button[type=submit]")).click();
		waitFor("/");
		screenshot("14-logged-in-with-recovery-code");
	}

	@Test
	void showsPasswordStrengthAsTheUserTypes() throws Exception {
		this.accounts.createAccount("browser.meter", AccountTestSupport.PASSPHRASE, null, Set.of(Role.STAFF));
		logIn("browser.meter");
		waitFor("/");
		browser.get(url("/account/password"));
		WebElement input = browser.findElement(By.id("newPassword"));
		input.sendKeys("anhyeuem");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".strength-label"), "Rất yếu: đoán được ngay"));
		assertThat(browser.findElement(By.cssSelector(".strength-warning")).getText())
			.isEqualTo("Đây là cụm từ tiếng Việt hay được dùng làm mật khẩu.");
		screenshot("15-strength-weak");
		input.clear();
		input.sendKeys("Gió mùa đông bắc thổi qua đồi chè");
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".strength-label"), "Rất mạnh"));
		screenshot("16-strength-strong");
		logOut();
	}

	private void logIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(AccountTestSupport.PASSPHRASE);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
	}

	private void logOut() {
		browser.findElement(By.cssSelector("header form button")).click();
		waitFor("/login?logout");
	}

	private void waitFor(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(path)));
	}

	private static String code(String secret, int stepsAhead) {
		return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + stepsAhead);
	}

	private static String wrongCode(String secret) {
		long now = Totp.step(Instant.now());
		byte[] key = Base32.decode(secret);
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			boolean valid = false;
			for (long step = now - 2; step <= now + 2; step++) {
				valid |= Totp.code(key, step).equals(code);
			}
			if (!valid) {
				return code;
			}
		}
	}

	private static Object script(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static void screenshot(String name) throws Exception {
		HeadlessChromium.screenshot(browser, name);
	}

}
