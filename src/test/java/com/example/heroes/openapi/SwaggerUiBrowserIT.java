package com.example.heroes.openapi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.example.heroes.support.Api;
import com.example.heroes.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in a real browser: Debian's headless Chromium, driven by Selenium through
 * Debian's chromedriver (nothing is downloaded). It opens {@code /docs}, finds "Create a
 * team", tries it out with the example body, sees the 201, and the team is then there
 * through the API. A screenshot is kept as {@code target/swagger-ui-create-team.png}.
 * Where Chromium is not installed the test is skipped, loudly, except on CI
 * ({@code CI=true}), where {@code .ci/run} installs it and the test must run.
 */
@IntegrationTest
class SwaggerUiBrowserIT {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	ChromeDriver browser;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && !"true".equals(System.getenv("CI"))) {
			System.err.println("*** SwaggerUiBrowserIT SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing, so Swagger UI is not tested in a browser. "
					+ "Install them with: apt-get install -y chromium chromium-driver ***");
		}
		assertThat(installed || !"true".equals(System.getenv("CI")))
			.as("on CI, .ci/run installs chromium and chromium-driver")
			.isTrue();
		Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
		this.profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=1400,2000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void createATeamIsTriedOutFromSwaggerUi() throws IOException {
		this.browser.get("http://localhost:" + this.port + "/docs");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		WebElement operation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//div[contains(@class,'opblock-post')][.//*[contains(@class,'opblock-summary-description') and text()='Create a team']]")));
		WebElement summary = operation.findElement(By.cssSelector(".opblock-summary-control"));
		// A click that lands while the page still lays out misses and leaves the
		// operation shut: click until it is open (it opens in the same task as the
		// click, so a click that did land is never undone).
		wait.until((browser) -> {
			if (!operation.getDomAttribute("class").contains("is-open")) {
				summary.click();
			}
			return clickableWithin(operation, By.cssSelector(".try-out__btn")).apply(browser);
		}).click();
		wait.until(clickableWithin(operation, By.cssSelector(".execute"))).click();
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".opblock-post .live-responses-table tbody .response-col_status")));
		String screenshot = this.browser.getScreenshotAs(OutputType.FILE).getAbsolutePath();
		Files.copy(Path.of(screenshot), Path.of("target", "swagger-ui-create-team.png"),
				StandardCopyOption.REPLACE_EXISTING);

		assertThat(status.getText()).isEqualTo("201");
		List<Map<String, Object>> teams = this.api.rows("/teams?name=Preventers");
		assertThat(teams).singleElement()
			.satisfies((team) -> assertThat(team.get("headquarters")).isEqualTo("Sharp Tower"));
	}

	/**
	 * Waits for a button that Swagger UI renders only after the click before it: looked
	 * up again on every poll, since it is not in the page when the wait starts.
	 */
	private static ExpectedCondition<WebElement> clickableWithin(WebElement parent, By button) {
		return (browser) -> parent.findElements(button)
			.stream()
			.filter((element) -> element.isDisplayed() && element.isEnabled())
			.findFirst()
			.orElse(null);
	}

}
