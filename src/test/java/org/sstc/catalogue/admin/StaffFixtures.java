package org.sstc.catalogue.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Accounts;
import org.sstc.catalogue.account.Role;
import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and practices the staff tests work with; practices made here are deleted after
 * each test.
 */
abstract class StaffFixtures extends CatalogueHttpTest {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	static final String EDITOR = "editor-for-tests";

	static final String EDITOR_PASSWORD = "editor-password-for-tests";

	static final String CONTRIBUTOR = "contributor-for-tests";

	static final String CONTRIBUTOR_PASSWORD = "contributor-password-for-tests";

	@Autowired
	Accounts accounts;

	@Autowired
	PracticeRepository practices;

	@Autowired
	TransactionTemplate transactions;

	final List<String> createdSlugs = new java.util.ArrayList<>();

	void ensureEditor() {
		if (!this.accounts.exists(EDITOR)) {
			this.accounts.create(EDITOR, EDITOR_PASSWORD, Role.EDITOR, false);
		}
	}

	StaffBrowser editor() {
		ensureEditor();
		return StaffBrowser.signedIn(this.port, EDITOR, EDITOR_PASSWORD);
	}

	/**
	 * A contributor: invited people, who submit practices and never reach staff pages.
	 */
	Account ensureContributor() {
		return this.accounts.find(CONTRIBUTOR)
			.orElseGet(() -> this.accounts.create(CONTRIBUTOR, CONTRIBUTOR_PASSWORD, Role.CONTRIBUTOR, false));
	}

	StaffBrowser contributor() {
		ensureContributor();
		return StaffBrowser.signedIn(this.port, CONTRIBUTOR, CONTRIBUTOR_PASSWORD);
	}

	StaffBrowser admin() {
		return StaffBrowser.signedIn(this.port, ADMIN, ADMIN_PASSWORD);
	}

	/** Creates a draft practice through the admin form and returns its id. */
	long createPractice(StaffBrowser browser, String slug, int number, Map<String, String> fields) {
		Map<String, String> values = new HashMap<>(Map.of("number", String.valueOf(number), "slug", slug, "heading",
				"GOOD PRACTICE " + number + " – TEST", "shortTitle", "Test practice " + slug, "text[title]",
				"A test practice called " + slug, "region", "africa", "themes", "social-dialogue", "text[objectives]",
				"To test the staff area."));
		values.putAll(fields);
		StaffBrowser.Page created = browser.submit(browser.get("/admin/practices/new"), "form.practice-form", values,
				"action=save");
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		this.createdSlugs.add(slug);
		return Long.parseLong(created.location().replaceAll(".*/admin/practices/", ""));
	}

	void deleteCreatedPractices() {
		this.transactions.executeWithoutResult((status) -> this.createdSlugs
			.forEach((slug) -> this.practices.findBySlug(slug).ifPresent(this.practices::delete)));
		this.createdSlugs.clear();
	}

}
