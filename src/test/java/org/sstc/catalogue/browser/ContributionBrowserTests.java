package org.sstc.catalogue.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.account.Accounts;
import org.sstc.catalogue.account.Role;
import org.sstc.catalogue.browser.Browser.Viewport;
import org.sstc.catalogue.browser.Browser.Violation;
import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contribution in a real browser, as the three people walk it: the administrator
 * invites, the contributor joins and submits, an editor asks for changes on one row, the
 * contributor answers, the editor accepts, and search finds the practice. Each new page
 * is checked by axe and photographed.
 */
@CatalogueTest
class ContributionBrowserTests extends BrowserTestSupport {

	private static final String EDITOR = "browser-review-editor";

	private static final String CONTRIBUTOR = "browser-contributor";

	private static final String PASSWORD = "a-password-for-the-browser";

	@Autowired
	Accounts accounts;

	@Autowired
	PracticeRepository practices;

	/**
	 * The practice this test publishes goes again: the other browser tests count the 30
	 * practices of the compendium.
	 */
	@AfterEach
	void removeThePublishedPractice() {
		this.practices.findBySlug("kente-weavers-exchange-apprentices-across-borders")
			.ifPresent(this.practices::delete);
	}

	@Test
	void aContributorSubmitsAnEditorRequestsChangesTheContributorAnswersAndTheEditorAccepts() {
		this.browser.use(Viewport.DESKTOP);
		if (!this.accounts.exists(EDITOR)) {
			this.accounts.create(EDITOR, PASSWORD, Role.EDITOR, false);
		}

		// the administrator invites
		signIn("admin", "admin-password-for-tests");
		this.browser.open("/admin/accounts/invitations");
		check("contribution-invitations");
		type("invite-name", "Browser Contributor");
		type("invite-email", "browser.contributor@field.test");
		submit("form[action$='/admin/accounts/invitations'] button");
		String link = this.driver.findElement(By.cssSelector(".invitation-link code")).getText();
		check("contribution-invited");
		signOut();

		// the invitee joins
		this.driver.get(link);
		this.browser.waitUntilLoaded();
		check("contribution-join");
		type("join-username", CONTRIBUTOR);
		type("join-password", PASSWORD);
		type("join-confirmation", PASSWORD);
		submit("form[action*='/invitations/'] button");
		assertThat(this.driver.getCurrentUrl()).endsWith("/login?invited");
		check("contribution-joined");
		this.driver.get(link);
		this.browser.waitUntilLoaded();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("already used");
		check("contribution-invitation-used");

		// and submits, after a first try without a title
		signIn(CONTRIBUTOR, PASSWORD);
		assertThat(this.driver.getCurrentUrl()).endsWith("/contribute");
		check("contribution-home");
		this.browser.open("/account/password");
		check("contribution-password");
		this.browser.open("/contribute/submissions/new");
		check("contribution-form");
		type("results", "Weavers in two countries trained each other.");
		submit("button[value=submit]");
		assertThat(this.driver.findElement(By.id("title-error")).getText()).isNotBlank();
		check("contribution-form-errors");
		type("title", "Kente weavers exchange apprentices across borders");
		submit("button[value=submit]");
		assertThat(this.driver.findElement(By.cssSelector(".alert.success")).getText()).contains("sent");
		String submission = this.driver.getCurrentUrl().replaceAll(".*/contribute/submissions/", "");
		check("contribution-submitted");
		signOut();

		// the editor asks for changes on one row
		signIn(EDITOR, PASSWORD);
		this.browser.open("/admin/submissions");
		check("contribution-queue");
		this.browser.open("/admin/submissions/" + submission);
		check("contribution-review");
		submit("form.review-start button");
		new Select(this.driver.findElement(By.id("comment-field"))).selectByValue("results");
		type("comment-text", "How many apprentices took part?");
		submit("form.comment-form button");
		type("changes-comment", "Please add the numbers.");
		submit("form.review-changes button");
		signOut();

		// the contributor answers
		signIn(CONTRIBUTOR, PASSWORD);
		this.browser.open("/contribute/submissions/" + submission);
		assertThat(this.driver.findElement(By.id("results-comments")).getText())
			.contains("How many apprentices took part?");
		check("contribution-changes-requested");
		// and adds a photo, after a first try without its alternative text
		String photo = photoFile();
		this.driver.findElement(By.id("photo-file")).sendKeys(photo);
		type("photo-caption", "Apprentices at the looms, Kumasi");
		submit("form.photo-form button");
		assertThat(this.driver.findElement(By.id("photo-alt-error")).getText()).isNotBlank();
		check("contribution-photo-errors");
		this.driver.findElement(By.id("photo-file")).sendKeys(photo);
		type("photo-alt", "Two apprentices weaving kente cloth on a narrow loom");
		submit("form.photo-form button");
		assertThat(this.driver.findElement(By.cssSelector(".alert.success")).getText()).contains("photo");
		assertThat(loadedWidth("figure.submission-photo img")).isEqualTo(120);
		check("contribution-photo");
		type("results", "Weavers in two countries trained 36 apprentices.");
		submit("button[value=submit]");
		signOut();

		// the editor accepts
		signIn(EDITOR, PASSWORD);
		this.browser.open("/admin/submissions/" + submission);
		assertThat(this.driver.findElement(By.cssSelector("figure.submission-photo figcaption")).getText())
			.isEqualTo("Apprentices at the looms, Kumasi");
		assertThat(loadedWidth("figure.submission-photo img")).isEqualTo(120);
		new Select(this.driver.findElement(By.id("accept-region"))).selectByValue("africa");
		click(By.cssSelector("form.review-accept input[name=themes]"));
		submit("form.review-accept button");
		assertThat(this.driver.findElement(By.cssSelector(".alert.success")).getText()).contains("accepted");
		check("contribution-accepted");
		signOut();

		this.browser.open("/practices?q=apprentices+kente");
		assertThat(this.browser.texts(".practice-list .card-title a"))
			.contains("Kente weavers exchange apprentices across borders");
	}

	/** A JPEG of 120 × 80 pixels in a temporary file, for the file input. */
	private static String photoFile() {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("kente-", ".jpg");
			file.toFile().deleteOnExit();
			javax.imageio.ImageIO.write(
					new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg",
					file.toFile());
			return file.toAbsolutePath().toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The width of the image as the browser decoded it (0 if it did not load). */
	private long loadedWidth(String selector) {
		WebElement image = this.driver.findElement(By.cssSelector(selector));
		this.browser.await()
			.until((driver) -> Boolean.TRUE.equals(this.browser.script("return arguments[0].complete", image)));
		return ((Number) this.browser.script("return arguments[0].naturalWidth", image)).longValue();
	}

	private void check(String name) {
		this.browser.screenshot(name, Viewport.DESKTOP);
		List<Violation> violations = this.browser.axe();
		violations.forEach((violation) -> System.out.println("axe " + name + ": " + violation));
		assertThat(violations.stream().filter(Violation::seriousOrWorse))
			.as("serious or critical accessibility violations on %s", name)
			.isEmpty();
	}

	private void signIn(String username, String password) {
		this.browser.open("/login");
		type("username", username);
		type("password", password);
		this.driver.findElement(By.cssSelector("form[action$='/login'] button")).click();
		this.browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		this.browser.waitUntilLoaded();
	}

	private void signOut() {
		submit("form[action$='/logout'] button");
	}

	private void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void click(By locator) {
		WebElement element = this.driver.findElement(locator);
		this.browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private void submit(String buttonSelector) {
		WebElement button = this.driver.findElement(By.cssSelector(buttonSelector));
		this.browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
		this.browser.clickAndAwaitNextPage(button);
	}

}
