package org.sstc.catalogue.browser;

import java.util.List;

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
		type("results", "Weavers in two countries trained 36 apprentices.");
		submit("button[value=submit]");
		signOut();

		// the editor accepts
		signIn(EDITOR, PASSWORD);
		this.browser.open("/admin/submissions/" + submission);
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
