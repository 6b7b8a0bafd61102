package org.sstc.catalogue.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from the system's packages, driven through the system's
 * chromedriver (so Selenium Manager never runs and nothing is downloaded), with what the
 * browser tests need on top: viewport sizes, full-page screenshots and axe-core. One per
 * test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}; where
 * Chromium is not installed, {@link BrowserRequirement} fails or skips the tests.
 */
final class Browser implements AutoCloseable {

	/** Debian's Chromium; the system property {@code browser.chromium} names another. */
	static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	/**
	 * Debian's chromedriver, of the same version; the system property
	 * {@code browser.chromedriver} names another.
	 */
	static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The widths the pages are checked and photographed at. */
	enum Viewport {

		PHONE(360, 800, true), DESKTOP(1366, 900, false);

		final int width;

		final int height;

		final boolean mobile;

		Viewport(int width, int height, boolean mobile) {
			this.width = width;
			this.height = height;
			this.mobile = mobile;
		}

		String fileSuffix() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One axe-core violation: the rule, how bad, what it asks for, and the CSS selectors
	 * of the failing nodes.
	 */
	record Violation(String id, String impact, String help, String helpUrl, List<String> targets,
			List<String> summaries) {

		boolean seriousOrWorse() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			text.append("[").append(this.impact).append("] ").append(this.id).append(": ").append(this.help);
			text.append(" (").append(this.helpUrl).append(")");
			for (int i = 0; i < this.targets.size(); i++) {
				text.append("\n    ").append(this.targets.get(i));
				String summary = this.summaries.get(i);
				if (summary != null && !summary.isBlank()) {
					text.append("\n      ").append(summary.replace("\n", "\n      "));
				}
			}
			return text.toString();
		}

	}

	/**
	 * The WCAG 2.0, 2.1 and 2.2 level A and AA rules, and axe's best practices
	 * (landmarks, heading order).
	 */
	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
			"best-practice");

	private static final String AXE_SOURCE = readAxe();

	private final ChromeDriver driver;

	private final Path profile;

	private final int port;

	private Browser(ChromeDriver driver, Path profile, int port) {
		this.driver = driver;
		this.profile = profile;
		this.port = port;
	}

	static final String NOT_INSTALLED = "the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
			+ " (on Debian: apt-get install chromium chromium-driver)";

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * Starts a fresh headless Chromium, with a profile of its own, to browse the
	 * catalogue on this port.
	 */
	static Browser start(int port) {
		BrowserRequirement.check(installed(), BrowserRequirement.required());
		Path profile;
		try {
			profile = Files.createTempDirectory("catalogue-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--window-size=" + Viewport.DESKTOP.width + "," + Viewport.DESKTOP.height,
				"--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		Browser browser = new Browser(driver, profile, port);
		browser.use(Viewport.DESKTOP);
		return browser;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	String url(String pathAndQuery) {
		return "http://localhost:" + this.port + pathAndQuery;
	}

	/**
	 * Opens a page of the catalogue and waits until it has loaded (scripts run, fonts
	 * laid out).
	 */
	void open(String pathAndQuery) {
		this.driver.get(url(pathAndQuery));
		waitUntilLoaded();
	}

	WebDriverWait await() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15));
	}

	void waitUntilLoaded() {
		await().until((d) -> "complete".equals(script("return document.readyState")));
	}

	/**
	 * Clicks what leads to another page (a link, a form's button) and waits until that
	 * page has loaded. The clicked element must go stale first: until the navigation
	 * starts, the old page is "complete" too.
	 */
	void clickAndAwaitNextPage(WebElement element) {
		element.click();
		await().until((driver) -> isGone(element));
		waitUntilLoaded();
	}

	/**
	 * Whether an element's page has gone. Asked in the middle of a navigation, Chromium
	 * may answer that the element's node "does not belong to the document" rather than
	 * that it is stale: the same thing, said otherwise.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * Lays pages out as on this device: its CSS width and height, and for a phone its
	 * touch-screen behaviour.
	 */
	void use(Viewport viewport) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width, "height",
				viewport.height, "deviceScaleFactor", 1, "mobile", viewport.mobile));
	}

	/**
	 * How far the page is wider than the viewport, in CSS pixels (0 when nothing needs
	 * scrolling sideways).
	 */
	long horizontalOverflow() {
		return ((Number) script(
				"return Math.max(0, document.documentElement.scrollWidth" + " - document.documentElement.clientWidth)"))
			.longValue();
	}

	/**
	 * Saves the whole page, not only the viewport, as
	 * target/screenshots/{name}-{viewport}.png.
	 */
	Path screenshot(String name, Viewport viewport) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		double height = Math.ceil(((Number) content.get("height")).doubleValue());
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", viewport.width, "height", height, "scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Path file = SCREENSHOTS.resolve(name + "-" + viewport.fileSuffix() + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Runs axe-core on the current page, with the WCAG A and AA rules and the best
	 * practices, and its violations.
	 */
	List<Violation> axe() {
		if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
			script(AXE_SOURCE);
		}
		Object result = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(function (results) {
				    done(results.violations.map(function (v) {
				      return { id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
				        targets: v.nodes.map(function (n) { return n.target.join(' '); }),
				        summaries: v.nodes.map(function (n) { return n.failureSummary || ''; }) };
				    }));
				  })
				  .catch(function (error) { done('axe failed: ' + error); });
				""", AXE_TAGS);
		if (result instanceof String error) {
			throw new IllegalStateException(error);
		}
		List<Violation> violations = new ArrayList<>();
		for (Object each : (List<?>) result) {
			Map<?, ?> v = (Map<?, ?>) each;
			violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					(String) v.get("helpUrl"), strings(v.get("targets")), strings(v.get("summaries"))));
		}
		return violations;
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	/** The text of each element the selector finds, in document order. */
	@SuppressWarnings("unchecked")
	List<String> texts(String cssSelector) {
		return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0]),"
				+ " function (e) { return e.textContent.trim().replace(/\\s+/g, ' '); })", cssSelector);
	}

	/**
	 * The value of an attribute of each element the selector finds, in document order.
	 */
	@SuppressWarnings("unchecked")
	List<String> attributes(String cssSelector, String attribute) {
		return (List<String>) script("var name = arguments[1];"
				+ " return Array.from(document.querySelectorAll(arguments[0]), function (e) { return e.getAttribute(name); })",
				cssSelector, attribute);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteQuietly(this.profile);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary profile left behind is harmless
		}
	}

	private static String readAxe() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException(
						"axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
