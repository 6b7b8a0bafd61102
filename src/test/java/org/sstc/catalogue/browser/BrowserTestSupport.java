package org.sstc.catalogue.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class that drives one browser for all its tests: started before the first,
 * closed after the last; where Chromium is not installed, every test fails in CI and is
 * skipped, loudly, elsewhere (see {@link BrowserRequirement}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserRequirement.class)
abstract class BrowserTestSupport {

	@LocalServerPort
	int port;

	Browser browser;

	ChromeDriver driver;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.installed() ? Browser.start(this.port) : null;
		this.driver = (this.browser != null) ? this.browser.driver() : null;
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
