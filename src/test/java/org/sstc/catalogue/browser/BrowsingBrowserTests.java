package org.sstc.catalogue.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.browser.Browser.Viewport;
import org.sstc.catalogue.browser.Browser.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people do with the catalogue, in a real browser: browse, filter, search, open a
 * practice and come back.
 */
@CatalogueTest
class BrowsingBrowserTests extends BrowserTestSupport {

	private static final String RESULT_LINKS = ".practice-list .card-title a";

	@BeforeEach
	void desktop() {
		this.browser.use(Viewport.DESKTOP);
	}

	@AfterEach
	void scriptsBackOn() {
		if (this.driver == null) {
			return;
		}
		this.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
	}

	@Test
	void homePageLeadsToTheListOfAllPractices() {
		this.browser.open("/");
		assertThat(this.driver.getTitle()).isEqualTo("SSTC Good Practices Catalogue");
		assertThat(this.browser.texts("h1")).containsExactly("South-South and Triangular Cooperation good practices");

		this.driver.findElement(By.linkText("Browse all 30 practices")).click();
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices")));
		assertThat(this.driver.findElement(By.cssSelector(".result-count")).getText()).startsWith("30 practices");
		assertThat(this.driver.findElements(By.cssSelector(RESULT_LINKS))).as("all 30 on one page").hasSize(30);
	}

	@Test
	void tickingARegionFiltersAtOnceAndKeepsTheFocusOnTheCheckbox() {
		this.browser.open("/practices");
		WebElement africa = regionCheckbox("africa");
		assertThat(africa.getAccessibleName()).isEqualTo("Africa (5 practices)");
		WebElement regionGroup = this.driver.findElement(By.xpath("//fieldset[legend='Region']"));
		assertThat(regionGroup.getAriaRole()).isEqualTo("group");
		assertThat(regionGroup.getAccessibleName()).isEqualTo("Region");

		// With the keyboard, as a keyboard or screen reader user would: the page reloads
		// with the filter applied
		this.driver.executeScript("arguments[0].focus()", africa);
		africa.sendKeys(Keys.SPACE);
		this.browser.await().until(ExpectedConditions.stalenessOf(africa));
		this.browser.await().until(ExpectedConditions.urlContains("region=africa"));
		this.browser.waitUntilLoaded();

		assertThat(this.driver.findElement(By.cssSelector(".result-count")).getText()).startsWith("5 practices");
		assertThat(this.browser.texts(".practice-card .card-kicker")).hasSize(5)
			.allSatisfy((kicker) -> assertThat(kicker).endsWith("· Africa"));
		assertThat(this.browser.texts(".chips .chip")).first().asString().startsWith("Region: Africa");
		WebElement ticked = regionCheckbox("africa");
		assertThat(ticked.isSelected()).isTrue();
		assertThat(this.driver.switchTo().activeElement()).as("the focus after the reload").isEqualTo(ticked);

		// Removing the filter from its chip brings all the practices back
		this.driver.findElement(By.cssSelector(".chips a.chip:not(.clear)")).click();
		this.browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("region=")));
		this.browser.waitUntilLoaded();
		assertThat(this.driver.findElement(By.cssSelector(".result-count")).getText()).startsWith("30 practices");
	}

	@Test
	void withoutScriptsTheApplyButtonFilters() {
		this.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		this.browser.open("/practices");
		WebElement apply = this.driver.findElement(By.xpath("//button[normalize-space()='Apply filters']"));
		assertThat(apply.isDisplayed()).isTrue();

		regionCheckbox("arab-states").click();
		assertThat(this.driver.getCurrentUrl()).as("nothing submitted yet").isEqualTo(this.browser.url("/practices"));
		apply.click();
		this.browser.await().until(ExpectedConditions.urlContains("region=arab-states"));
		this.browser.waitUntilLoaded();
		assertThat(this.browser.texts(".practice-card .card-kicker")).hasSize(4)
			.allSatisfy((kicker) -> assertThat(kicker).endsWith("· Arab States"));
	}

	@Test
	void searchOpenTheFirstResultAndComeBackToTheSameResults() {
		this.browser.open("/practices");
		WebElement box = this.driver.findElement(By.id("q"));
		assertThat(box.getAccessibleName()).isEqualTo("Search the practices");
		box.sendKeys("labour inspection");
		// the autocomplete offers suggestions as one types; it must not be in the way of
		// Enter
		this.browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("q-suggestions")));
		assertThat(serious(this.browser.axe())).as("violations with the suggestions open").isEmpty();
		box.sendKeys(Keys.ENTER);
		this.browser.await().until(ExpectedConditions.urlContains("q=labour+inspection"));
		this.browser.waitUntilLoaded();

		String resultsUrl = this.driver.getCurrentUrl();
		List<String> results = this.browser.attributes(RESULT_LINKS, "href");
		assertThat(results).isNotEmpty();
		assertThat(results.get(0)).isEqualTo("/practices/tajikistan-uzbekistan-romania-labour-inspection");
		assertThat(this.driver.getTitle()).startsWith("labour inspection – Good practices");

		WebElement first = this.driver.findElement(By.cssSelector(RESULT_LINKS));
		String firstTitle = first.getText();
		first.click();
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url(results.get(0))));
		this.browser.waitUntilLoaded();
		assertThat(this.browser.texts("h1")).containsExactly(firstTitle);

		this.driver.navigate().back();
		this.browser.await().until(ExpectedConditions.urlToBe(resultsUrl));
		this.browser.waitUntilLoaded();
		assertThat(this.browser.attributes(RESULT_LINKS, "href")).isEqualTo(results);
		assertThat(this.driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("labour inspection");
	}

	@Test
	void detailPageHasItsContentsAndLeadsBackToTheList() {
		this.browser.open("/practices/tajikistan-uzbekistan-romania-labour-inspection");
		assertThat(this.driver.getTitle())
			.isEqualTo("Tajikistan, Uzbekistan and Romania labour inspection – SSTC Good Practices Catalogue");
		assertThat(this.browser.texts(".toc a")).startsWith("Key facts", "Objectives");

		this.driver.findElement(By.cssSelector(".toc a[href='#results']")).click();
		this.browser.await().until(ExpectedConditions.urlContains("#results"));
		WebElement results = this.driver.findElement(By.id("results-heading"));
		this.browser.await().until((d) -> inViewport(results));

		// with no search before it in this tab, the practice leads back to all practices
		this.browser.script("sessionStorage.clear()");
		this.browser.open("/practices/tajikistan-uzbekistan-romania-labour-inspection");
		this.driver.findElement(By.linkText("Back to all practices")).click();
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices")));
	}

	@Test
	void unknownPracticeGetsANotFoundPageThatLeadsOn() {
		assertThat(new CatalogueClient(this.port).get("/practices/no-such-practice", "text/html").status())
			.isEqualTo(404);
		this.browser.open("/practices/no-such-practice");
		assertThat(this.driver.getTitle()).isEqualTo("Page not found");
		assertThat(this.browser.texts("h1")).containsExactly("Page not found");

		this.driver.findElement(By.linkText("Browse all practices")).click();
		this.browser.await().until(ExpectedConditions.urlToBe(this.browser.url("/practices")));
	}

	@Test
	void onAPhoneTheFiltersFoldAwayBehindAButtonThatSaysHowManyAreChosen() {
		this.browser.use(Viewport.PHONE);
		this.browser.open("/practices?region=africa&theme=social-protection");
		WebElement toggle = this.driver.findElement(By.cssSelector(".filters-toggle"));
		assertThat(toggle.getText()).isEqualTo("Show the filters (2 chosen)");
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(regionCheckbox("africa").isDisplayed()).isFalse();
		assertThat(inViewport(this.driver.findElement(By.cssSelector(".result-count")))).as("the results come first")
			.isTrue();

		toggle.click();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(toggle.getText()).isEqualTo("Hide the filters");
		assertThat(regionCheckbox("africa").isDisplayed()).isTrue();
		this.browser.screenshot("filters-unfolded", Viewport.PHONE);

		this.browser.use(Viewport.DESKTOP);
		this.browser.open("/practices");
		assertThat(this.driver.findElement(By.cssSelector(".filters-toggle")).isDisplayed()).isFalse();
		assertThat(regionCheckbox("africa").isDisplayed()).isTrue();
	}

	@Test
	void keyboardUsersCanSkipToTheContentAndPastTheFilters() {
		this.browser.use(Viewport.PHONE);
		this.browser.open("/practices?q=social+protection");
		new Actions(this.driver).sendKeys(Keys.TAB).perform();
		WebElement skip = this.driver.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(inViewport(skip)).as("the skip link shows when focused").isTrue();
		assertThat(focusRing(skip)).as("focus ring of the skip link").isTrue();
		this.browser.screenshot("skip-link-focused", Viewport.PHONE);
		new Actions(this.driver).sendKeys(Keys.TAB).perform();
		WebElement brand = this.driver.switchTo().activeElement();
		assertThat(brand.getAttribute("class")).isEqualTo("brand");
		assertThat(focusRing(brand)).as("focus ring on the blue header").isTrue();
		this.browser.screenshot("header-link-focused", Viewport.PHONE);

		// on a phone the folded filters' button leads past them; wider, the skip link
		// shows when focused
		WebElement skipFilters = this.driver.findElement(By.cssSelector(".skip-filters a"));
		assertThat(skipFilters.isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.cssSelector(".filters-toggle")).isDisplayed()).isTrue();
		this.browser.use(Viewport.DESKTOP);
		this.driver.executeScript("arguments[0].focus()", skipFilters);
		assertThat(skipFilters.isDisplayed()).isTrue();
		assertThat(skipFilters.getText()).isEqualTo("Skip the filters and go to the results");
		skipFilters.sendKeys(Keys.ENTER);
		this.browser.await().until(ExpectedConditions.urlContains("#results"));
		this.browser.await().until((d) -> inViewport(d.findElement(By.cssSelector(".result-count"))));

		// every control of the filters shows where the focus is
		WebElement checkbox = regionCheckbox("africa");
		this.driver.executeScript("arguments[0].focus()", checkbox);
		checkbox.sendKeys(Keys.TAB);
		assertThat(focusRing(this.driver.switchTo().activeElement())).isTrue();
		this.browser.screenshot("checkbox-focused", Viewport.DESKTOP);
	}

	private WebElement regionCheckbox(String code) {
		return this.driver.findElement(By.cssSelector("input[type=checkbox][name=region][value='" + code + "']"));
	}

	/**
	 * Whether the element is on the screen, at least in part, as after scrolling to it or
	 * showing it.
	 */
	private boolean inViewport(WebElement element) {
		return Boolean.TRUE.equals(this.driver.executeScript("var r = arguments[0].getBoundingClientRect();"
				+ " return r.width > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0"
				+ " && r.left < window.innerWidth;", element));
	}

	/**
	 * Whether the focused element draws a focus indicator: an outline or a box shadow.
	 */
	private boolean focusRing(WebElement element) {
		return Boolean.TRUE.equals(this.driver.executeScript("var s = getComputedStyle(arguments[0]);"
				+ " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';",
				element));
	}

	private static List<Violation> serious(List<Violation> violations) {
		return violations.stream().filter(Violation::seriousOrWorse).toList();
	}

}
