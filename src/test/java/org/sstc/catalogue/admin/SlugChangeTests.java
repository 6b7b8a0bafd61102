package org.sstc.catalogue.admin;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When staff change a practice's slug, its old address and its permanent link lead to its
 * new page.
 */
@CatalogueTest
class SlugChangeTests extends StaffFixtures {

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
	}

	@Test
	void theOldSlugRedirectsPermanentlyToTheNewOne() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "slug-before-change", 904, Map.of());
		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		StaffBrowser.Page saved = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("slug", "slug-after-change"), "action=save");
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		this.createdSlugs.add("slug-after-change");

		CatalogueClient.Response old = this.client.get("/practices/slug-before-change", "text/html");
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/practices/slug-after-change"));
		assertThat(this.client.get("/practices/slug-after-change", "text/html").status()).isEqualTo(200);

		CatalogueClient.Response permanent = this.client.get("/gp/compendium-2022-2023/904");
		assertThat(permanent.status()).isEqualTo(301);
		assertThat(permanent.headers().firstValue("Location")).hasValue("/practices/slug-after-change");

		// a slug taken back is the practice's own address again, not a redirect to itself
		editor.submit(editor.get("/admin/practices/" + id), "form.practice-form", Map.of("slug", "slug-before-change"),
				"action=save");
		assertThat(this.client.get("/practices/slug-before-change", "text/html").status()).isEqualTo(200);
		assertThat(this.client.get("/practices/slug-after-change", "text/html").status()).isEqualTo(301);
	}

	@Test
	void anArchivedPracticesOldSlugLeadsNowhere() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "archived-slug-before", 905, Map.of());
		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		editor.submit(editor.get("/admin/practices/" + id), "form.practice-form", Map.of("slug", "archived-slug-after"),
				"action=save");
		this.createdSlugs.add("archived-slug-after");
		editor.postWithToken("/admin/practices/" + id + "/archive", "/admin");
		assertThat(this.client.get("/practices/archived-slug-before", "text/html").status()).isEqualTo(404);
		assertThat(this.client.get("/gp/compendium-2022-2023/905").status()).isEqualTo(404);
	}

}
