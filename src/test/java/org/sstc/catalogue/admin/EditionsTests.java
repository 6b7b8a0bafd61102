package org.sstc.catalogue.admin;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.CompendiumRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editions: administrators create and revise compendia; staff choose the compendium of
 * each practice; each practice page shows its edition.
 */
@CatalogueTest
class EditionsTests extends StaffFixtures {

	static final String CODE = "editions-test-2026-2027";

	@Autowired
	CompendiumRepository compendia;

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
		this.compendia.findByCode(CODE).ifPresent(this.compendia::delete);
	}

	@Test
	void anAdministratorCreatesACompendiumAndAPracticeGoesInIt() {
		StaffBrowser admin = admin();
		StaffBrowser.Page created = createCompendium(admin, Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String compendiumPath = java.net.URI.create(created.location()).getPath();
		assertThat(admin.follow(created).body()).contains("The compendium was created.");
		assertThat(admin.get("/admin/compendia").document().select("td a").eachText())
			.contains("Good practices 2026-2027");

		StaffBrowser.Page form = admin.get("/admin/practices/new");
		assertThat(form.document().select("select#compendium option").eachAttr("value")).contains(CODE,
				"compendium-2022-2023");
		long id = createPractice(admin, "editions-test-practice", 1, Map.of("compendium", CODE));
		assertThat(this.practices.findById(id).orElseThrow().getCompendium().getCode()).isEqualTo(CODE);
		assertThat(admin.get("/admin/practices/" + id).document().select("select#compendium option[selected]").val())
			.isEqualTo(CODE);

		admin.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		Document page = new StaffBrowser(this.port).get("/practices/editions-test-practice").document();
		assertThat(page.select(".edition dd a").text()).isEqualTo("Good practices 2026-2027");
		assertThat(page.select(".edition dd a").attr("href")).isEqualTo("/practices?compendium=" + CODE);
		assertThat(page.select(".edition dd").text()).contains("(2026-2027 biennium)");

		// a new title shows on the practice's page at once
		StaffBrowser.Page revised = admin.submit(admin.get(compendiumPath), "form.compendium-form",
				Map.of("title", "Renamed 2026-2027", "code", "an-attempt-to-change-the-code"), "action=save");
		assertThat(revised.status()).as(revised.body()).isEqualTo(302);
		assertThat(this.compendia.findByCode(CODE).orElseThrow().getTitle()).isEqualTo("Renamed 2026-2027");
		assertThat(new StaffBrowser(this.port).get("/practices/editions-test-practice")
			.document()
			.select(".edition dd a")
			.text()).isEqualTo("Renamed 2026-2027");
	}

	@Test
	void staffMoveAPracticeToAnotherCompendium() {
		StaffBrowser admin = admin();
		createCompendium(admin, Map.of());
		long id = createPractice(admin, "editions-moved-practice", 902, Map.of());
		assertThat(this.practices.findById(id).orElseThrow().getCompendium().getCode())
			.as("a new practice goes into the latest compendium unless told otherwise")
			.isEqualTo(CODE);
		StaffBrowser editor = editor();
		StaffBrowser.Page moved = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("compendium", "compendium-2022-2023"), "action=save");
		assertThat(moved.status()).as(moved.body()).isEqualTo(302);
		assertThat(this.practices.findById(id).orElseThrow().getCompendium().getCode())
			.isEqualTo("compendium-2022-2023");

		StaffBrowser.Page unknown = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("compendium", "no-such-compendium"), "action=save");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.document().select(".field-error").text()).contains("No compendium has this code.");

		StaffBrowser.Page taken = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("number", "10"), "action=save");
		assertThat(taken.document().select(".field-error").text()).as("number 10 of the first compendium").isNotEmpty();
	}

	@Test
	void theCompendiumFormSaysWhatIsWrong() {
		StaffBrowser admin = admin();
		StaffBrowser.Page wrong = createCompendium(admin, Map.of("biennium", "2026", "title", ""));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.document().select(".field-error").eachText())
			.contains("Two years joined by a hyphen, such as 2024-2025.");
		StaffBrowser.Page taken = createCompendium(admin, Map.of("code", "compendium-2022-2023"));
		assertThat(taken.document().select(".field-error").eachText()).contains("Another compendium has this code.");
		StaffBrowser.Page preview = admin.submit(admin.get("/admin/compendia/new"), "form.compendium-form",
				Map.of("preface", "Some *emphasis*."), "action=preview");
		assertThat(preview.document().select(".preview em").text()).isEqualTo("emphasis");
		assertThat(this.compendia.findByCode(CODE)).isEmpty();
	}

	@Test
	void everyPracticePageShowsItsEdition() {
		Document page = new StaffBrowser(this.port).get("/practices/china-zambia-mining-osh").document();
		assertThat(page.select(".edition dt").text()).isEqualTo("Edition");
		assertThat(page.select(".edition dd a").text()).startsWith("Promoting Social Justice in the Global South");
		assertThat(page.select(".edition dd").text()).contains("(2022-2023 biennium)");
	}

	private StaffBrowser.Page createCompendium(StaffBrowser admin, Map<String, String> changes) {
		Map<String, String> values = new java.util.HashMap<>(
				Map.of("code", CODE, "title", "Good practices 2026-2027", "biennium", "2026-2027", "publisher",
						"International Labour Organization", "preface", "The preface, in *Markdown*."));
		values.putAll(changes);
		return admin.submit(admin.get("/admin/compendia/new"), "form.compendium-form", values, "action=save");
	}

}
