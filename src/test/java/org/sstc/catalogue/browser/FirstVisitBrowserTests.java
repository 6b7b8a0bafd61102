package org.sstc.catalogue.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.browser.Browser.Viewport;
import org.sstc.catalogue.browser.Browser.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a first visit trips on (issue 12), in a real browser: searching from any page,
 * Back after ticking filters, the phone's flow through the filters, a practice that
 * starts with what it achieved, facets that say something, country names in the interface
 * language, and a practice printed whole.
 */
@CatalogueTest
class FirstVisitBrowserTests extends BrowserTestSupport {

	private static final String RESULT_LINKS = ".practice-list .card-title a";

	private static final String TAJIKISTAN = "/practices/tajikistan-uzbekistan-romania-labour-inspection";

	@BeforeEach
	void desktopAndAFreshTab() {
		this.browser.use(Viewport.DESKTOP);
		this.browser.open("/");
		this.browser.script("sessionStorage.clear()");
	}

	@AfterEach
	void englishAgain() {
		if (this.driver != null) {
			this.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void searchingFromTheHomePageLeadsToTheResultsWithNothingButTheWords() {
		this.browser.open("/");
		assertThat(this.driver.findElement(By.cssSelector(".site-search")).isDisplayed())
			.as("the header's box, beside the home page's own")
			.isFalse();
		WebElement box = this.driver.findElement(By.id("home-q"));
		assertThat(box.getAccessibleName()).isEqualTo("Search the practices");
		box.sendKeys("labour inspection", Keys.ENTER);
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices?q=labour+inspection")));
		this.browser.waitUntilLoaded();
		assertThat(this.browser.attributes(RESULT_LINKS, "href")).first().isEqualTo(TAJIKISTAN);
	}

	@ParameterizedTest(name = "on a {0}")
	@EnumSource(Viewport.class)
	void searchingFromTheHeaderOfAPracticeLeadsToTheResults(Viewport viewport) {
		this.browser.use(viewport);
		this.browser.open(TAJIKISTAN);
		WebElement box = this.driver.findElement(By.id("site-q"));
		assertThat(box.isDisplayed()).isTrue();
		assertThat(box.getAccessibleName()).isEqualTo("Search the practices");
		assertThat(this.browser.horizontalOverflow()).as("sideways scrolling with the header's box").isZero();
		box.sendKeys("cotton");
		this.browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("site-q-suggestions")));
		assertThat(serious(this.browser.axe())).as("violations with the header's suggestions open").isEmpty();
		this.browser.screenshot("header-search-suggestions", viewport);
		box.sendKeys(Keys.ENTER);
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices?q=cotton")));
		this.browser.waitUntilLoaded();
		assertThat(this.browser.attributes(RESULT_LINKS, "href")).contains("/practices/brazil-tanzania-cotton-sector");
		assertThat(this.driver.findElement(By.id("site-q")).isDisplayed())
			.as("the header's box, beside the search page's own")
			.isFalse();
	}

	@ParameterizedTest(name = "on a {0}")
	@EnumSource(Viewport.class)
	void backAfterTickingTwoFiltersShowsTheFiltersOfTheAddressItReturnsTo(Viewport viewport) {
		this.browser.use(viewport);
		this.browser.open("/practices");
		tick("region", "africa");
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices?region=africa")));
		this.browser.waitUntilLoaded();
		tick("theme", "social-protection");
		this.browser.await()
			.until(ExpectedConditions.urlToBe(this.browser.url("/practices?region=africa&theme=social-protection")));
		this.browser.waitUntilLoaded();
		assertThat(ticked()).containsExactlyInAnyOrder("region=africa", "theme=social-protection");

		this.driver.navigate().back();
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices?region=africa")));
		this.browser.waitUntilLoaded();
		assertThat(ticked()).as("ticked after Back").containsExactly("region=africa");
		assertThat(resultCount()).startsWith("5 practices");

		this.driver.navigate().back();
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices")));
		this.browser.waitUntilLoaded();
		assertThat(ticked()).as("ticked after a second Back").isEmpty();
		assertThat(resultCount()).startsWith("30 practices");
	}

	@Test
	void onAPhoneTheResultsComeFirstAndEveryTickFoldsTheFiltersAgain() {
		this.browser.use(Viewport.PHONE);
		this.browser.open("/practices");
		WebElement toggle = this.driver.findElement(By.cssSelector(".filters-toggle"));
		assertThat(toggle.getText()).isEqualTo("Show the filters (none chosen)");
		assertThat(this.driver.findElement(By.cssSelector(".skip-filters")).isDisplayed())
			.as("the skip link beside the button that unfolds the filters")
			.isFalse();
		assertThat(onFirstScreen(this.driver.findElement(By.cssSelector(".result-count")))).isTrue();
		assertSortOnOneLine();
		assertThat(this.browser.horizontalOverflow()).isZero();

		toggle.click();
		WebElement done = this.driver.findElement(By.cssSelector(".filters-done button"));
		assertThat(done.getText()).isEqualTo("Show 30 practices");
		assertThat(onScreen(done)).as("the button back to the results, kept in view").isTrue();
		this.browser.screenshot("phone-filters-open", Viewport.PHONE);
		checkbox("region", "africa").click();
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices?region=africa")));
		this.browser.waitUntilLoaded();

		toggle = this.driver.findElement(By.cssSelector(".filters-toggle"));
		assertThat(toggle.getText()).isEqualTo("Show the filters (1 chosen)");
		assertThat(checkbox("region", "africa").isDisplayed()).as("the filters, folded again").isFalse();
		assertThat(onFirstScreen(this.driver.findElement(By.cssSelector(".result-count")))).isTrue();
		assertThat(this.driver.switchTo().activeElement()).as("the focus after the reload").isEqualTo(toggle);
		this.browser.screenshot("phone-after-a-filter", Viewport.PHONE);

		toggle.click();
		done = this.driver.findElement(By.cssSelector(".filters-done button"));
		assertThat(done.getText()).isEqualTo("Show 5 practices");
		done.click();
		assertThat(checkbox("region", "africa").isDisplayed()).isFalse();
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(toggle);
		assertThat(onScreen(this.driver.findElement(By.cssSelector(".result-count")))).isTrue();
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "fr", "es" })
	void searchBoxesShowTheirWholePlaceholderOnAPhone(String language) {
		this.browser.use(Viewport.PHONE);
		for (String page : List.of("/", "/practices", TAJIKISTAN)) {
			this.browser.open(page + "?lang=" + language);
			List<?> cut = (List<?>) this.browser.script("""
					var canvas = document.createElement('canvas').getContext('2d');
					return Array.from(document.querySelectorAll('input[type=search][placeholder]'))
					  .filter(function (input) { return input.offsetParent !== null; })
					  .filter(function (input) {
					    var style = getComputedStyle(input);
					    canvas.font = style.font;
					    var room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					    return canvas.measureText(input.placeholder).width > room;
					  })
					  .map(function (input) { return input.id + ': ' + input.placeholder; });
					""");
			assertThat(cut).as("placeholders cut on %s in %s", page, language).isEmpty();
			assertThat(this.browser.horizontalOverflow()).as("%s in %s", page, language).isZero();
		}
	}

	@ParameterizedTest(name = "on a {0}")
	@EnumSource(Viewport.class)
	void everyButtonTakesThePageFont(Viewport viewport) {
		this.browser.use(viewport);
		this.browser.open("/practices");
		List<?> fonts = (List<?>) this.browser.script("""
				return Array.from(document.querySelectorAll('button, .button'))
				  .filter(function (b) { return b.offsetParent !== null; })
				  .map(function (b) { var s = getComputedStyle(b); return s.fontFamily + ' ' + s.fontSize; });
				""");
		String body = (String) this.browser
			.script("var s = getComputedStyle(document.body); return s.fontFamily + ' ' + s.fontSize;");
		// the search button and the sort button; on a phone the filters' button too
		assertThat(fonts).hasSizeGreaterThanOrEqualTo(viewport.mobile ? 3 : 2)
			.allSatisfy((font) -> assertThat(font).isEqualTo(body));
	}

	@Test
	void aPracticeStartsWithWhatItDidAndAchievedThenItsKeyFacts() {
		this.browser.open(TAJIKISTAN);
		assertThat(this.browser.texts("article.practice h2")).startsWith("In brief", "On this page", "Key facts",
				"Objectives");
		assertThat(this.browser.texts(".summary h3")).containsExactly("What it set out to do", "What it achieved");
		assertThat(this.browser.texts(".summary blockquote")).first()
			.asString()
			.startsWith("The systems of labour inspection in both Tajikistan and Uzbekistan");
		assertThat(this.browser.texts(".excerpt-source a")).containsExactly(
				"Quoted from Objectives: read the whole section", "Quoted from Results: read the whole section");
		assertThat(this.browser.texts("#key-facts dt")).startsWith("Region", "Countries", "Partner organisations",
				"Funding sources");
		assertThat(this.browser.texts("#source-notes dt")).startsWith("Heading in the compendium", "Region as written");
		assertThat(onFirstScreen(this.driver.findElement(By.cssSelector(".summary blockquote"))))
			.as("what it set out to do, on the first screen")
			.isTrue();
	}

	@Test
	void aPracticeLeadsBackToTheResultsItWasFoundIn() {
		this.browser.open("/practices?q=labour+inspection&region=europe-central-asia");
		this.browser.clickAndAwaitNextPage(this.driver.findElement(By.cssSelector(RESULT_LINKS)));
		WebElement back = this.driver.findElement(By.cssSelector(".back-to-results"));
		assertThat(back.getText()).isEqualTo("Back to the results");
		this.browser.clickAndAwaitNextPage(back);
		assertThat(this.driver.getCurrentUrl())
			.isEqualTo(this.browser.url("/practices?q=labour+inspection&region=europe-central-asia"));
	}

	@Test
	void aPracticePrintsWholeAcrossThePageFromPageOne() throws IOException {
		this.browser.open(TAJIKISTAN);
		List<?> folded = (List<?>) this.browser.script("""
				return Array.from(document.querySelectorAll('.practice-body details:not([open])'), function (details) {
				  return Array.from(details.children).filter(function (child) { return child.tagName !== 'SUMMARY'; })
				    .map(function (child) { return child.textContent; }).join(' ').trim().slice(0, 30);
				});
				""");
		assertThat(folded).as("folded sections on the page: organisations, contact details, materials, repairs")
			.hasSizeGreaterThanOrEqualTo(3);
		Map<String, Object> printed = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
		try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode((String) printed.get("data")))) {
			List<PrintedPage> pages = PrintedPage.of(pdf);
			String firstPage = squeezed(pages.get(0).text());
			assertThat(firstPage).as("page 1")
				.contains(squeezed("Tajikistan, Uzbekistan and Romania labour inspection"), squeezed("In brief"),
						squeezed("The systems of labour inspection in both Tajikistan"), squeezed("Key facts"));
			String all = squeezed(String.join("", pages.stream().map(PrintedPage::text).toList()));
			folded.forEach((text) -> assertThat(all).as("printed folded section").contains(squeezed((String) text)));
			float width = pdf.getPage(0).getMediaBox().getWidth();
			assertThat(pages.stream().skip(1).map(PrintedPage::rightmost).max(Float::compare).orElseThrow() / width)
				.as("the rightmost text, as a share of the page's width")
				.isGreaterThan(0.88f);
		}
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "fr", "es" })
	void countriesAreNamedInTheInterfaceLanguage(String language) {
		Locale locale = Locale.forLanguageTag(language);
		List<String> expected = List.of("RO", "TJ", "UZ").stream().map((code) -> name(code, locale)).toList();
		this.browser.open(TAJIKISTAN + "?lang=" + language);
		assertThat(this.browser.texts("#key-facts .tags a[href*='country=']")).containsExactlyElementsOf(expected);
		assertThat(this.browser.attributes("#key-facts .tags a[href*='country=']", "lang")).containsOnlyNulls();

		this.browser.open("/practices?region=europe-central-asia&lang=" + language);
		assertThat(this.browser.texts(".practice-card .card-countries"))
			.anySatisfy((countries) -> assertThat(countries).endsWith(String.join(", ", expected)));
		this.browser.open("/practices?country=BR&lang=" + language);
		assertThat(this.browser.texts("fieldset:has(input[name=country]) details[open] .facet-name"))
			.contains(name("BR", locale));
		assertThat(this.browser.texts(".chips .chip")).first().asString().contains(name("BR", locale));
	}

	@Test
	void aCountryNamedOnlyInTheTextIsNotShownAsAPartner() {
		this.browser.open("/practices");
		WebElement first = this.driver.findElement(By.cssSelector(".practice-card"));
		assertThat(first.getText()).contains("Labour Migration and South-South Cooperation between ECOWAS and CARICOM");
		assertThat(first.findElement(By.cssSelector(".card-countries")).getText())
			.isEqualTo("Named only in the text: Mexico");
	}

	@Test
	void facetsSayWhatEveryResultSharesAndOpenLongListsOnAPageOfTheirOwn() {
		this.browser.open("/practices?q=labour");
		WebElement modality = this.driver.findElement(By.xpath("//fieldset[legend='Cooperation modality']"));
		String total = resultCount().replaceAll(" .*", "");
		assertThat(modality.findElement(By.cssSelector(".facet-common")).getText())
			.isEqualTo("All " + total + " practices found: South-South");
		assertThat(modality.findElements(By.cssSelector("input[value=south-south]"))).isEmpty();
		assertThat(this.browser.texts("fieldset:has(input[name=funding]) .facet-name")).contains(
				"RBTC: ILO Regular Budget for Technical Cooperation",
				"ILO Programme and Budget (regular budget other than RBTC)");

		List<String> homeRegions = regionsOn("/", ".home-grid section:first-child li a");
		assertThat(regionsOn("/practices", "fieldset:has(input[name=region]) .facet-name"))
			.as("regions in the same order as on the home page")
			.isEqualTo(homeRegions);

		this.browser.open("/practices?q=labour");
		WebElement africa = this.driver
			.findElement(By.xpath("//fieldset[legend='Country']//details[summary//text()='Africa']"));
		WebElement african = africa.findElement(By.cssSelector("input[name=country]"));
		assertThat(african.isDisplayed()).as("a region's countries start folded").isFalse();
		africa.findElement(By.tagName("summary")).click();
		assertThat(african.isDisplayed()).as("and unfold under their region").isTrue();
		WebElement more = this.driver.findElement(By.partialLinkText("countries, by region"));
		this.browser.clickAndAwaitNextPage(more);
		assertThat(this.driver.getCurrentUrl()).isEqualTo(this.browser.url("/practices/facets/country?q=labour"));
		assertThat(this.browser.texts("h1")).containsExactly("Countries");
		List<String> names = this.browser.texts(".facet-columns .facet-name");
		Collator alphabetical = Collator.getInstance(Locale.ENGLISH);
		alphabetical.setStrength(Collator.PRIMARY);
		assertThat(names).hasSizeGreaterThan(20);
		for (WebElement region : this.driver.findElements(By.cssSelector(".facet-page-form fieldset"))) {
			assertThat(region.findElements(By.cssSelector(".facet-name")).stream().map(WebElement::getText).toList())
				.as("A to Z under each region")
				.isSortedAccordingTo(alphabetical);
		}
		WebElement find = this.driver.findElement(By.id("facet-find"));
		find.sendKeys("zam");
		assertThat(this.browser.texts(".facet-columns li:not([hidden]) .facet-name")).containsExactly("Zambia");
		checkbox("country", "ZM").click();
		find.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		assertThat(this.browser.texts(".facet-columns li:not([hidden]) .facet-name")).hasSameSizeAs(names);
		WebElement brazil = checkbox("country", "BR");
		// the apply button stays in view at the foot of the screen: the box goes to the
		// middle first
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", brazil);
		brazil.click();
		this.browser
			.clickAndAwaitNextPage(this.driver.findElement(By.cssSelector(".facet-page-form button[type=submit]")));
		assertThat(this.driver.getCurrentUrl())
			.isEqualTo(this.browser.url("/practices?q=labour&country=ZM&country=BR"));
		assertThat(ticked()).contains("country=BR", "country=ZM");
	}

	private List<String> regionsOn(String page, String selector) {
		this.browser.open(page);
		return this.browser.texts(selector);
	}

	/** Ticks a filter as a person would: on a phone, the filters are unfolded first. */
	private void tick(String facet, String value) {
		WebElement toggle = this.driver.findElement(By.cssSelector(".filters-toggle"));
		if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
			toggle.click();
		}
		WebElement checkbox = checkbox(facet, value);
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", checkbox);
		checkbox.click();
	}

	private WebElement checkbox(String facet, String value) {
		return this.driver
			.findElement(By.cssSelector("input[type=checkbox][name=" + facet + "][value='" + value + "']"));
	}

	/** The filters ticked on the page, as name=value. */
	@SuppressWarnings("unchecked")
	private List<String> ticked() {
		return (List<String>) this.browser.script("return Array.from(document.querySelectorAll("
				+ "'input[type=checkbox]:checked'), function (c) { return c.name + '=' + c.value; })");
	}

	private String resultCount() {
		return this.driver.findElement(By.cssSelector(".result-count")).getText();
	}

	/** "Sort by", its list and its button on one line. */
	private void assertSortOnOneLine() {
		Map<?, ?> heights = (Map<?, ?>) this.browser
			.script("""
					var label = document.querySelector('.sort label');
					var line = parseFloat(getComputedStyle(label).lineHeight);
					var tops = Array.from(document.querySelectorAll('.sort > *'), function (e) { return e.getBoundingClientRect().top; });
					return { label: label.getBoundingClientRect().height / line, spread: Math.max.apply(null, tops) - Math.min.apply(null, tops) };
					""");
		assertThat(((Number) heights.get("label")).doubleValue()).as("lines of 'Sort by'").isLessThan(1.5);
		assertThat(((Number) heights.get("spread")).doubleValue()).as("label, list and button on one line")
			.isLessThan(20);
	}

	/** Whether the element is within the first screen of the page, without scrolling. */
	private boolean onFirstScreen(WebElement element) {
		return Boolean.TRUE.equals(this.driver.executeScript("var r = arguments[0].getBoundingClientRect();"
				+ " return r.height > 0 && r.top + window.scrollY >= 0 && r.bottom + window.scrollY <= window.innerHeight;",
				element));
	}

	/** Whether the element is on the screen as it is scrolled now. */
	private boolean onScreen(WebElement element) {
		return Boolean.TRUE.equals(this.driver.executeScript("var r = arguments[0].getBoundingClientRect();"
				+ " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element));
	}

	private static String name(String code, Locale locale) {
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	/**
	 * Text without any white space, so that a printed page's line breaks do not matter.
	 */
	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static List<Violation> serious(List<Violation> violations) {
		return violations.stream().filter(Violation::seriousOrWorse).toList();
	}

	/** One printed page: its text, and how far right its text reaches, in PDF points. */
	private record PrintedPage(String text, float rightmost) {

		static List<PrintedPage> of(PDDocument pdf) {
			List<PrintedPage> pages = new ArrayList<>();
			try {
				for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
					float[] rightmost = { 0 };
					PDFTextStripper stripper = new PDFTextStripper() {

						@Override
						protected void writeString(String text, List<TextPosition> positions) throws IOException {
							for (TextPosition position : positions) {
								rightmost[0] = Math.max(rightmost[0],
										position.getXDirAdj() + position.getWidthDirAdj());
							}
							super.writeString(text, positions);
						}

					};
					stripper.setStartPage(number);
					stripper.setEndPage(number);
					String text = stripper.getText(pdf);
					pages.add(new PrintedPage(text, rightmost[0]));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return pages;
		}

	}

}
