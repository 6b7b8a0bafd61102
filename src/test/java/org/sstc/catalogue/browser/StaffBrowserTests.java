package org.sstc.catalogue.browser;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.browser.Browser.Viewport;
import org.sstc.catalogue.browser.Browser.Violation;
import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff work in a real browser: sign in, create and publish a practice, edit it and see
 * the change on the public page and in search at once, compare and restore revisions;
 * every staff page checked by axe and photographed.
 */
@CatalogueTest
class StaffBrowserTests extends BrowserTestSupport {

	private static final String SLUG = "browser-staff-test";

	@Autowired
	PracticeRepository practices;

	@Autowired
	TransactionTemplate transactions;

	@AfterAll
	void deleteThePractice() {
		this.transactions
			.executeWithoutResult((status) -> this.practices.findBySlug(SLUG).ifPresent(this.practices::delete));
	}

	@BeforeEach
	void desktop() {
		this.browser.use(Viewport.DESKTOP);
	}

	@Test
	void staffSignInEditAndSeeTheChangeAtOnceThenRestoreIt() {
		signIn();
		this.browser.open("/admin/practices/new");
		type("number", "977");
		type("slug", SLUG);
		type("heading", "GOOD PRACTICE 977 – BROWSER TEST");
		type("shortTitle", "Browser test practice");
		type("title", "A practice made by the browser test");
		new Select(this.driver.findElement(By.id("region"))).selectByValue("americas");
		click(By.cssSelector("input[name=themes][value=care-economy]"));
		type("objectives", "To check that staff edits reach the public at once.");
		save();
		assertThat(this.driver.findElement(By.cssSelector(".alert.success")).getText()).contains("draft");
		this.browser.clickAndAwaitNextPage(this.driver.findElement(By.cssSelector("form[action$='/publish'] button")));

		type("results", "Axolotls shared their regeneration know-how.");
		save();
		assertThat(this.driver.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("Saved.");

		this.browser.open("/practices/" + SLUG);
		assertThat(this.driver.findElement(By.id("results")).getText())
			.contains("Axolotls shared their regeneration know-how.");
		this.browser.open("/practices?q=axolotls");
		assertThat(this.browser.texts(".practice-list .card-title a")).containsExactly("Browser test practice");

		long id = this.practices.findBySlug(SLUG).orElseThrow().getId();
		this.browser.open("/admin/practices/" + id + "/history");
		assertThat(this.driver.findElements(By.cssSelector("table tbody tr"))).hasSize(3);
		this.browser.clickAndAwaitNextPage(this.driver.findElement(By.cssSelector("a[href*='/history/diff']")));
		assertThat(this.driver.findElement(By.cssSelector(".diff ins")).getText()).contains("Axolotls");

		this.browser.open("/admin/practices/" + id + "/history");
		this.browser
			.clickAndAwaitNextPage(this.driver.findElements(By.cssSelector("form[action$='/restore'] button")).get(0));
		assertThat(this.practices.findBySlug(SLUG).orElseThrow().getBody().results()).isNull();
		this.browser.open("/practices?q=axolotls");
		assertThat(this.driver.findElements(By.cssSelector(".practice-list .card-title a"))).isEmpty();
	}

	@Test
	void everyStaffPageHasNoSeriousAccessibilityViolations() {
		signIn();
		long id = this.practices.findBySlug("china-zambia-mining-osh").orElseThrow().getId();
		List<String[]> pages = List.of(new String[] { "admin-list", "/admin" },
				new String[] { "admin-edit", "/admin/practices/" + id },
				new String[] { "admin-new", "/admin/practices/new" },
				new String[] { "admin-history", "/admin/practices/" + id + "/history" },
				new String[] { "admin-accounts", "/admin/accounts" },
				new String[] { "admin-password", "/account/password" },
				new String[] { "admin-compendia", "/admin/compendia" },
				new String[] { "admin-compendium", "/admin/compendia/"
						+ this.practices.findBySlug("china-zambia-mining-osh").orElseThrow().getCompendium().getId() },
				new String[] { "admin-compendium-new", "/admin/compendia/new" },
				new String[] { "admin-import", "/admin/import" });
		for (Viewport viewport : Viewport.values()) {
			this.browser.use(viewport);
			for (String[] page : pages) {
				this.browser.open(page[1]);
				this.browser.screenshot(page[0], viewport);
				assertNoSeriousViolations(page[1], viewport);
				if (page[0].equals("admin-list")) {
					assertThat(this.browser.horizontalOverflow()).as("the list of practices at %s", viewport).isZero();
				}
			}
		}
		this.browser.open("/admin/practices/new");
		this.browser.clickAndAwaitNextPage(this.driver.findElement(By.cssSelector("button[value=save]")));
		assertThat(this.driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		this.browser.screenshot("admin-validation", Viewport.DESKTOP);
		assertNoSeriousViolations("/admin/practices (validation errors)", Viewport.DESKTOP);

		// the import's preview, of the curated files themselves: nothing would change
		this.browser.open("/admin/import");
		this.driver.findElement(By.id("import-file")).sendKeys(curatedZip().toString());
		this.browser.clickAndAwaitNextPage(this.driver.findElement(By.cssSelector("form.import-form button")));
		assertThat(this.browser.texts("h1")).containsExactly("What the import would change");
		this.browser.screenshot("admin-import-preview", Viewport.DESKTOP);
		assertNoSeriousViolations("/admin/import (preview)", Viewport.DESKTOP);
		signOut();
		this.browser.open("/login");
		this.browser.screenshot("login", Viewport.PHONE);
		assertNoSeriousViolations("/login", Viewport.PHONE);
	}

	/** The curated files of the compendium, zipped as an export lays them out. */
	private static java.nio.file.Path curatedZip() {
		try {
			java.nio.file.Path zip = java.nio.file.Files.createTempFile("curated", ".zip");
			java.nio.file.Path folder = java.nio.file.Path.of("db/practices/compendium-2022-2023");
			try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip));
					var files = java.nio.file.Files.list(folder)) {
				for (java.nio.file.Path file : files.sorted().toList()) {
					out.putNextEntry(new java.util.zip.ZipEntry("compendium-2022-2023/" + file.getFileName()));
					out.write(java.nio.file.Files.readAllBytes(file));
					out.closeEntry();
				}
			}
			zip.toFile().deleteOnExit();
			return zip;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void assertNoSeriousViolations(String page, Viewport viewport) {
		List<Violation> violations = this.browser.axe();
		violations.forEach((violation) -> System.out.println("axe " + page + " (" + viewport + "): " + violation));
		assertThat(violations.stream().filter(Violation::seriousOrWorse))
			.as("serious or critical accessibility violations on %s at %s", page, viewport)
			.isEmpty();
	}

	private void signIn() {
		this.browser.open("/admin");
		if (!this.driver.getCurrentUrl().endsWith("/login")) {
			return;
		}
		type("username", "admin");
		type("password", "admin-password-for-tests");
		this.driver.findElement(By.cssSelector("form[action$='/login'] button")).click();
		this.browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void signOut() {
		this.browser.clickAndAwaitNextPage(this.driver.findElement(By.cssSelector("form[action$='/logout'] button")));
	}

	private void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Scrolls the element to the middle of the window first, as a person does before
	 * clicking it.
	 */
	private WebElement scrolledTo(By locator) {
		WebElement element = this.driver.findElement(locator);
		this.browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
		return element;
	}

	private void click(By locator) {
		scrolledTo(locator).click();
	}

	private void save() {
		this.browser.clickAndAwaitNextPage(scrolledTo(By.cssSelector("button[value=save]")));
	}

}
