package org.sstc.catalogue.browser;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.browser.Browser.Viewport;
import org.sstc.catalogue.browser.Browser.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, on a phone and on a desktop, checked by axe-core against WCAG 2.2 A
 * and AA (and axe's best practices), and photographed whole into
 * {@code target/screenshots/} for a person to look at.
 */
@CatalogueTest
class AccessibilityBrowserTests extends BrowserTestSupport {

	/**
	 * A kind of page, by a name for its screenshots, an address, and the heading it must
	 * show.
	 */
	enum Page {

		HOME("home", "/", "South-South and Triangular Cooperation good practices"),
		BROWSE("browse", "/practices", "Good practices"),
		SEARCH("search", "/practices?q=labour+inspection", "Good practices"),
		SEARCH_FILTERED("search-filtered", "/practices?q=labour+inspection&region=europe-central-asia",
				"Good practices"),
		SEARCH_EXCLUDED("search-excluded",
				"/practices?q=labour&not-region=africa&not-theme=labour-migration&in=title,objectives",
				"Good practices"),
		SEARCH_COUNTRY_GROUP("search-country-group", "/practices?q=labour&country=TO", "Good practices"),
		NO_RESULTS("no-results", "/practices?q=%22labour+inspection%22&region=arab-states", "Good practices"),
		DETAIL("detail", "/practices/tajikistan-uzbekistan-romania-labour-inspection",
				"Tajikistan, Uzbekistan and Romania labour inspection"),
		DETAIL_IN_PARTS("detail-parts", "/practices/green-jobs-triangular-south-south-cooperation", null),
		NOT_FOUND("not-found", "/practices/no-such-practice", "Page not found"),
		FACET("facet", "/practices/facets/country?q=labour", "Countries"),
		FACET_FOUND("facet-found", "/practices/facets/country?q=labour&country=BR&facet.q=z", "Countries"),
		FACET_GROUP("facet-group", "/practices/facets/country?facet.group=africa", "Countries"),
		DETAIL_FR("detail-fr", "/practices/labour-migration-ecowas-caricom?lang=fr",
				"Labour Migration and South-South Cooperation between ECOWAS and CARICOM"),
		BROWSE_ES("browse-es", "/practices?lang=es", "Buenas prácticas");

		final String name;

		final String path;

		final String heading;

		Page(String name, String path, String heading) {
			this.name = name;
			this.path = path;
			this.heading = heading;
		}

	}

	static Stream<Arguments> pages() {
		return Stream.of(Page.values())
			.flatMap((page) -> Stream.of(Viewport.values()).map((viewport) -> Arguments.of(page, viewport)));
	}

	/**
	 * A page in French or Spanish sets the language cookie: the next page is in English
	 * again.
	 */
	@AfterEach
	void englishAgain() {
		if (this.driver != null) {
			this.driver.manage().deleteAllCookies();
		}
	}

	@ParameterizedTest(name = "{0} on a {1}")
	@MethodSource("pages")
	void pageHasNoSeriousAccessibilityViolationsAndFitsTheScreen(Page page, Viewport viewport) {
		this.browser.use(viewport);
		this.browser.open(page.path);
		if (page.heading != null) {
			assertThat(this.browser.texts("h1")).containsExactly(page.heading);
		}
		else {
			assertThat(this.browser.texts("h1")).hasSize(1);
		}
		this.browser.screenshot(page.name, viewport);

		List<Violation> violations = this.browser.axe();
		violations.forEach((violation) -> System.out.println("axe " + page.name + " (" + viewport + "): " + violation));
		assertThat(violations.stream().filter(Violation::seriousOrWorse))
			.as("serious or critical accessibility violations on %s at %s", page.path, viewport)
			.isEmpty();
		assertThat(this.browser.horizontalOverflow())
			.as("CSS pixels the page needs scrolling sideways on %s at %s (WCAG 1.4.10 reflow)", page.path, viewport)
			.isZero();
	}

}
