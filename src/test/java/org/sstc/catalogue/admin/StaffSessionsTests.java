package org.sstc.catalogue.admin;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions end when an account may no longer use them: disabled, or its password reset by
 * an administrator (and, when people change their own password, their sessions in other
 * browsers). The next request of an ended session is signed out: a page sends it to sign
 * in, and a form it sends is refused without saving.
 */
@CatalogueTest
class StaffSessionsTests extends StaffFixtures {

	private final String run = Long.toString(System.nanoTime(), 36);

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
	}

	@Test
	void aDisabledAccountsOpenSessionCanNoLongerLoadTheStaffAreaOrSave() {
		String username = "to-be-disabled-" + this.run;
		Account account = this.accounts.create(username, "a-password-for-now", Role.EDITOR, false);
		StaffBrowser person = StaffBrowser.signedIn(this.port, username, "a-password-for-now");
		long id = createPractice(person, "session-test-" + this.run, 951, Map.of());
		StaffBrowser.Page form = person.get("/admin/practices/" + id);
		assertThat(form.status()).isEqualTo(200);
		long version = this.practices.findById(id).orElseThrow().getVersion();

		admin().postWithToken("/admin/accounts/" + account.getId() + "/disable", "/admin/accounts");

		StaffBrowser.Page saved = person.submit(form, "form.practice-form",
				Map.of("objectives", "Saved by a disabled account."), "action=save");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/login");
		assertThat(this.practices.findById(id).orElseThrow().getVersion()).as("not saved").isEqualTo(version);
		StaffBrowser.Page page = person.get("/admin");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void aPasswordResetByAnAdministratorEndsEverySessionOfTheAccount() {
		String username = "to-be-reset-" + this.run;
		Account account = this.accounts.create(username, "a-password-to-forget", Role.EDITOR, false);
		StaffBrowser office = StaffBrowser.signedIn(this.port, username, "a-password-to-forget");
		StaffBrowser home = StaffBrowser.signedIn(this.port, username, "a-password-to-forget");
		StaffBrowser admin = admin();

		admin.submit(admin.get("/admin/accounts"), "form[action$=/admin/accounts/" + account.getId() + "/reset]",
				Map.of("temporaryPassword", "a-temporary-password"), null);

		assertThat(office.get("/admin").location()).endsWith("/login");
		assertThat(home.get("/account/password").location()).endsWith("/login");
		assertThat(admin.get("/admin/accounts").status()).as("the administrator stays signed in").isEqualTo(200);
	}

	@Test
	void changingOnesOwnPasswordEndsOnesOtherSessionsOnly() {
		String username = "changes-own-" + this.run;
		this.accounts.create(username, "the-first-password", Role.EDITOR, false);
		StaffBrowser here = StaffBrowser.signedIn(this.port, username, "the-first-password");
		StaffBrowser elsewhere = StaffBrowser.signedIn(this.port, username, "the-first-password");

		StaffBrowser.Page changed = here.submit(here.get("/account/password"), "form[action$=/account/password]",
				Map.of("currentPassword", "the-first-password", "newPassword", "the-second-password", "confirmation",
						"the-second-password"),
				null);
		assertThat(changed.location()).endsWith("/admin");

		assertThat(here.get("/admin").status()).isEqualTo(200);
		assertThat(elsewhere.get("/admin").location()).endsWith("/login");
	}

}
