package org.sstc.catalogue.account;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.admin.StaffBrowser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in and account management by administrators (the limits on sign-in:
 * {@link SignInThrottlingTests}).
 */
@CatalogueTest
class AccountsTests {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	/**
	 * Accounts are not deleted: names unique to this run let the tests run again on the
	 * same database.
	 */
	private final String run = Long.toString(System.nanoTime(), 36);

	@Test
	void theFirstAdministratorComesFromTheEnvironmentSettings() {
		assertThat(this.accounts.find(ADMIN)).hasValueSatisfying((account) -> {
			assertThat(account.getRole()).isEqualTo(Role.ADMIN);
			assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(ADMIN_PASSWORD);
		});
	}

	@Test
	void signInStartsANewSessionAndSignOutEndsIt() {
		StaffBrowser browser = new StaffBrowser(this.port);
		StaffBrowser.Page login = browser.get("/login");
		StaffBrowser.Page signedIn = browser.signIn(ADMIN, ADMIN_PASSWORD);
		assertThat(signedIn.location()).endsWith("/admin");
		assertThat(browser.get("/admin").status()).isEqualTo(200);
		StaffBrowser.Page out = browser.submit(browser.get("/admin"), "form[action$=/logout]", Map.of(), null);
		assertThat(out.status()).isEqualTo(302);
		assertThat(browser.get("/admin").status()).isEqualTo(302);
		assertThat(login.status()).isEqualTo(200);
	}

	@Test
	void anAdministratorCreatesAnEditorWhoMustChooseTheirOwnPassword() {
		StaffBrowser admin = admin();
		StaffBrowser.Page created = admin.submit(admin.get("/admin/accounts"), "form[action$=/admin/accounts]",
				Map.of("username", "new-editor-" + this.run, "password", "initial-password-1", "role", "EDITOR"), null);
		assertThat(created.status()).isEqualTo(302);

		StaffBrowser editor = new StaffBrowser(this.port);
		editor.signIn("new-editor-" + this.run, "initial-password-1");
		StaffBrowser.Page blocked = editor.get("/admin");
		assertThat(blocked.status()).isEqualTo(302);
		assertThat(blocked.location()).endsWith("/account/password");
		StaffBrowser.Page tooShort = editor.submit(editor.get("/account/password"), "form[action$=/account/password]",
				Map.of("currentPassword", "initial-password-1", "newPassword", "short", "confirmation", "short"), null);
		assertThat(tooShort.body()).contains("At least 12 characters.");
		StaffBrowser.Page changed = editor.submit(
				editor.get("/account/password"), "form[action$=/account/password]", Map.of("currentPassword",
						"initial-password-1", "newPassword", "my-own-password-1", "confirmation", "my-own-password-1"),
				null);
		assertThat(changed.status()).isEqualTo(302);
		assertThat(editor.get("/admin").status()).isEqualTo(200);
		assertThat(
				StaffBrowser.signedIn(this.port, "new-editor-" + this.run, "my-own-password-1").get("/admin").status())
			.isEqualTo(200);
	}

	@Test
	void anAdministratorDisablesAnAccountAndResetsAPassword() {
		Account account = this.accounts.create("to-disable-" + this.run, "to-disable-password", Role.EDITOR, false);
		StaffBrowser admin = admin();
		admin.postWithToken("/admin/accounts/" + account.getId() + "/disable", "/admin/accounts");
		assertThat(new StaffBrowser(this.port).signIn("to-disable-" + this.run, "to-disable-password").location())
			.endsWith("/login?error");

		admin.postWithToken("/admin/accounts/" + account.getId() + "/enable", "/admin/accounts");
		StaffBrowser.Page reset = admin.submit(admin.get("/admin/accounts"),
				"form[action$=/admin/accounts/" + account.getId() + "/reset]",
				Map.of("temporaryPassword", "temporary-password-1"), null);
		assertThat(admin.follow(reset).body()).contains("must choose a new one at next sign-in");
		StaffBrowser person = StaffBrowser.signedIn(this.port, "to-disable-" + this.run, "temporary-password-1");
		assertThat(person.get("/admin").location()).endsWith("/account/password");
	}

	@Test
	void invalidAccountFormsGetMessages() {
		StaffBrowser admin = admin();
		StaffBrowser.Page page = admin.submit(admin.get("/admin/accounts"), "form[action$=/admin/accounts]",
				Map.of("username", "a", "password", "short", "role", "EDITOR"), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select(".field-error").eachText())
			.contains("3 to 64 letters, digits, dots, hyphens, underscores or @.", "At least 12 characters.");
		assertThat(page.document().getElementById("new-username").attr("value")).isEqualTo("a");
	}

	private StaffBrowser admin() {
		return StaffBrowser.signedIn(this.port, ADMIN, ADMIN_PASSWORD);
	}

}
