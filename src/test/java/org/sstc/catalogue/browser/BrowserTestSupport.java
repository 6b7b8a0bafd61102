package org.sstc.catalogue.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class that drives one browser for all its tests: started before the first, closed after the last, and every
 * test skipped, saying so, where Chromium is not installed (see {@link Browser}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

	@LocalServerPort
	int port;

	Browser browser;

	ChromeDriver driver;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.startIfInstalled(this.port);
		this.driver = (this.browser != null) ? this.browser.driver() : null;
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@BeforeEach
	void needsTheBrowser() {
		Browser.assumeInstalled();
	}

}
