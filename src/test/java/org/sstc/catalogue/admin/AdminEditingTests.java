package org.sstc.catalogue.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeStatus;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing as staff do it, through the forms, and what the public sees at once. */
@CatalogueTest
class AdminEditingTests extends StaffFixtures {

	@Autowired
	PracticeEditing editing;

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
	}

	@Test
	void aDraftIsInvisibleUntilPublishedAndAgainOnceArchived() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "draft-visibility-test", 902,
				Map.of("text[objectives]", "Quokkas cooperate on zygomorphic flowers.", "themes", "care-economy"));
		assertThat(this.client.get("/practices/draft-visibility-test").status()).isEqualTo(404);
		assertThat(this.client.get("/api/practices/draft-visibility-test").status()).isEqualTo(404);
		assertThat(this.client.get("/api/practices?q=quokkas").json().get("total").asInt()).isZero();
		long careCount = facetCount(this.client, "theme", "care-economy");
		assertThat(this.client.get("/api/practices?size=100").json().get("total").asInt()).isEqualTo(30);

		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		assertThat(this.client.get("/practices/draft-visibility-test").status()).isEqualTo(200);
		assertThat(this.client.get("/api/practices?q=quokkas").json().get("items").get(0).get("slug").asString())
			.isEqualTo("draft-visibility-test");
		assertThat(facetCount(this.client, "theme", "care-economy")).isEqualTo(careCount + 1);

		editor.postWithToken("/admin/practices/" + id + "/archive", "/admin");
		assertThat(this.client.get("/practices/draft-visibility-test").status()).isEqualTo(404);
		assertThat(this.client.get("/api/practices?q=quokkas").json().get("total").asInt()).isZero();
		assertThat(facetCount(this.client, "theme", "care-economy")).isEqualTo(careCount);
		assertThat(editor.get("/admin?status=ARCHIVED").body()).contains("Test practice draft-visibility-test");
	}

	@Test
	void theStaffListShowsAPageOfPracticesFoundByNumberTitleOrSlugAndRefusesWhatItCannotShow() {
		StaffBrowser editor = editor();
		var all = editor.get("/admin").document();
		assertThat(all.select("table.admin-table tbody tr")).hasSize(30);
		assertThat(all.text()).contains("30 practices, page 1 of 1");
		assertThat(all.select("nav.pagination")).isEmpty();
		assertThat(editor.get("/admin?q=17").document().select("table.admin-table tbody tr td:first-child").eachText())
			.contains("17");
		assertThat(editor.get("/admin?q=cotton&status=PUBLISHED").document().select("table.admin-table tbody tr"))
			.isNotEmpty();
		// a LIKE wildcard is a character like any other
		assertThat(editor.get("/admin?q=%25").document().select("table.admin-table tbody tr")).isEmpty();
		assertThat(editor.get("/admin?status=LOST").status()).isEqualTo(400);
		assertThat(editor.get("/admin?page=0").status()).isEqualTo(400);
		assertThat(editor.get("/admin?page=2").status()).isEqualTo(400);
		assertThat(editor.get("/admin?page=two").status()).isEqualTo(400);
	}

	@Test
	void theStaffListIsReadAPageAtATimeInOrder() {
		List<Integer> byPages = new ArrayList<>();
		PracticeEditing.ListPage page = this.editing.list("", null, 1, 7);
		assertThat(page.total()).isEqualTo(30);
		assertThat(page.pageCount()).isEqualTo(5);
		for (int number = 1; number <= page.pageCount(); number++) {
			List<PracticeEditing.ListedPractice> practices = this.editing.list(null, null, number, 7).practices();
			assertThat(practices).hasSizeLessThanOrEqualTo(7);
			practices.forEach((practice) -> byPages.add(practice.number()));
		}
		assertThat(byPages).hasSize(30).doesNotHaveDuplicates().isSorted();
		assertThat(this.editing.list("", PracticeStatus.ARCHIVED, 1, 7).total()).isZero();
	}

	@Test
	void aSavedChangeShowsAtOnceOnThePublicPageInSearchAndInTheApi() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "immediate-effect-test", 903, Map.of());
		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		StaffBrowser.Page form = editor.get("/admin/practices/" + id);
		StaffBrowser.Page saved = editor.submit(form, "form.practice-form",
				Map.of("text[results]", "Wombats learned **peer review** across borders."), "action=save");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(editor.follow(saved).body()).contains("Saved.");

		assertThat(this.client.get("/practices/immediate-effect-test").body()).contains("<strong>peer review</strong>");
		JsonNode hit = this.client.get("/api/practices?q=wombats").json().get("items").get(0);
		assertThat(hit.get("slug").asString()).isEqualTo("immediate-effect-test");
		assertThat(hit.get("highlights").get("results").asString()).contains("<mark>Wombats</mark>");
		assertThat(this.client.get("/api/practices/immediate-effect-test").json().get("results").asString())
			.isEqualTo("Wombats learned **peer review** across borders.");
	}

	@Test
	void invalidInputGetsMessagesNextToTheFieldsAndKeepsEverythingTyped() {
		StaffBrowser editor = editor();
		Map<String, String> values = new HashMap<>(
				Map.of("number", "5", "slug", "Not A Slug!", "heading", "", "shortTitle", "Kept short title",
						"text[title]", "", "region", "", "text[objectives]", "Kept objectives text"));
		values.put("contacts[0].name", "Kept Name");
		values.put("contacts[0].email", "not-an-email");
		values.put("links[0].title", "Kept link");
		values.put("links[0].url", "javascript:alert(1)");
		values.put("countries[0].code", "XX");
		values.put("countries[0].name", "Nowhere");
		StaffBrowser.Page page = editor.submit(editor.get("/admin/practices/new"), "form.practice-form", values,
				"action=save");
		assertThat(page.status()).isEqualTo(200);
		Document form = page.document();
		assertThat(form.select(".field-error").eachText()).contains(
				"Another practice of this compendium has this number.",
				"Lower-case letters and digits joined by single hyphens, at most 60 characters.", "Required.",
				"Choose at least one theme.", "Not an e-mail address (several may be separated by commas).",
				"A web address starting with http:// or https://.", "Choose a country from the list.");
		assertThat(form.getElementById("slug").attr("value")).isEqualTo("Not A Slug!");
		assertThat(form.getElementById("shortTitle").attr("value")).isEqualTo("Kept short title");
		assertThat(form.getElementById("objectives").text()).isEqualTo("Kept objectives text");
		assertThat(form.getElementById("contacts[0].name").attr("value")).isEqualTo("Kept Name");
		assertThat(form.getElementById("links[0].url").attr("value")).isEqualTo("javascript:alert(1)");
		assertThat(form.getElementById("slug").attr("aria-invalid")).isEqualTo("true");
		assertThat(this.practices.findBySlug("Not A Slug!")).isEmpty();
	}

	@Test
	void scriptsSavedIntoEveryTextFieldStayInert() {
		String payload = "xsszebra <script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg onload=alert(2)>";
		StaffBrowser editor = editor();
		Map<String, String> values = new HashMap<>();
		for (String field : List.of("heading", "shortTitle", "regionAsWritten", "imageCaptions", "repairs")) {
			values.put(field, payload);
		}
		PracticeBody.SECTIONS.stream()
			.filter((section) -> section.kind().isText())
			.forEach((section) -> values.put("text[" + section.name() + "]", payload));
		values.put("heading", "GOOD PRACTICE 904 " + payload);
		values.put("countries[0].code", "BR");
		values.put("countries[0].name", payload);
		values.put("organisations[0].name", payload);
		values.put("contacts[0].name", payload);
		values.put("contacts[0].role", payload);
		values.put("fundingSources[0].code", "xss-test");
		values.put("fundingSources[0].name", payload);
		values.put("links[0].title", payload);
		values.put("links[0].url", "https://example.org/?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
		long id = createPractice(editor, "script-injection-test", 904, values);
		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");

		for (String body : List.of(this.client.get("/practices/script-injection-test", "text/html").body(),
				this.client.get("/practices?q=xsszebra", "text/html").body(),
				editor.get("/admin/practices/" + id).body(), editor.get("/admin").body(),
				editor.get("/admin/practices/" + id + "/history").body())) {
			assertThat(body).contains("xsszebra")
				.doesNotContain("<script>alert")
				.doesNotContain("<img src=x")
				.doesNotContain("<svg onload")
				.doesNotContainIgnoringCase("href=\"javascript");
		}
		assertThat(this.client.get("/practices?q=xsszebra", "text/html").body()).contains("<mark>xsszebra</mark>");
		// the API carries the text as data; its snippets, which are HTML, are escaped
		CatalogueClient.Response api = this.client.get("/api/practices?q=xsszebra");
		assertThat(api.contentType()).startsWith("application/json");
		api.json()
			.get("items")
			.get(0)
			.get("highlights")
			.forEach((snippet) -> assertThat(snippet.asString()).contains("<mark>xsszebra</mark>")
				.doesNotContain("<script")
				.doesNotContain("<img")
				.doesNotContain("<svg"));
	}

	@Test
	void aSecondSaveOverANewerVersionShowsAConflictAndLosesNothing() {
		long id = createPractice(admin(), "conflict-test", 905, Map.of("text[results]", "Original results."));
		StaffBrowser first = editor();
		StaffBrowser second = admin();
		StaffBrowser.Page firstForm = first.get("/admin/practices/" + id);
		StaffBrowser.Page secondForm = second.get("/admin/practices/" + id);

		assertThat(first
			.submit(firstForm, "form.practice-form", Map.of("text[results]", "First editor's results."), "action=save")
			.status()).isEqualTo(302);
		StaffBrowser.Page conflict = second.submit(secondForm, "form.practice-form",
				Map.of("text[results]", "Second editor's results."), "action=save");
		assertThat(conflict.status()).isEqualTo(200);
		assertThat(conflict.body()).contains("Someone saved this practice while you were editing it")
			.contains("First editor&#39;s results.")
			.contains("Second editor&#39;s results.");
		assertThat(conflict.document().getElementById("results").text()).isEqualTo("Second editor's results.");
		assertThat(this.practices.findById(id).orElseThrow().getBody().results()).isEqualTo("First editor's results.");

		StaffBrowser.Page merged = second.submit(conflict, "form.practice-form",
				Map.of("text[results]", "First editor's results. Second editor's results."), "action=save");
		assertThat(merged.status()).isEqualTo(302);
		assertThat(this.practices.findById(id).orElseThrow().getBody().results())
			.isEqualTo("First editor's results. Second editor's results.");
	}

	@Test
	void historyShowsWhoChangedWhatAndRestoresAnEarlierRevision() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "history-test", 906, Map.of("text[innovation]", "The original idea."));
		editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("text[innovation]", "The improved idea."), "action=save");

		StaffBrowser.Page history = editor.get("/admin/practices/" + id + "/history");
		assertThat(history.status()).isEqualTo(200);
		List<String> rows = history.document().select("table tbody tr").eachText();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).contains(EDITOR).contains("Changed");
		assertThat(rows.get(1)).contains(EDITOR).contains("Created");

		String diffLink = history.document().select("a[href*=/history/diff]").first().attr("href");
		StaffBrowser.Page diff = editor.get(diffLink);
		assertThat(diff.body()).contains("<del>original</del>").contains("<ins>improved</ins>").contains("Innovation");

		String restoreAction = history.document().select("form[action$=/restore]").first().attr("action");
		StaffBrowser.Page restored = editor.postWithToken(restoreAction, "/admin/practices/" + id + "/history");
		assertThat(restored.status()).isEqualTo(302);
		assertThat(this.practices.findById(id).orElseThrow().getBody().innovation()).isEqualTo("The original idea.");
		assertThat(editor.get("/admin/practices/" + id + "/history").document().select("table tbody tr")).hasSize(3);
	}

	@Test
	void theCompendiumPracticesHaveTheirImportAsFirstRevision() {
		long id = this.practices.findBySlug("china-zambia-mining-osh").orElseThrow().getId();
		List<String> rows = editor().get("/admin/practices/" + id + "/history")
			.document()
			.select("table tbody tr")
			.eachText();
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(rows.size() - 1)).contains("compendium import").contains("Created");
	}

	@Test
	void previewRendersTheMarkdownWithoutSaving() {
		StaffBrowser editor = editor();
		// a country row without its code is previewed too (it used to fail with a 500)
		StaffBrowser.Page preview = editor.submit(editor.get("/admin/practices/new"), "form.practice-form",
				Map.of("text[objectives]", "First paragraph with **bold**.\n\n- one\n- two <script>x</script>",
						"countries[0].name", "Nowhere"),
				"action=preview");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("<strong>bold</strong>")
			.contains("<li>one</li>")
			.doesNotContain("<script>x");
		assertThat(this.practices.count()).isEqualTo(30);
	}

	@Test
	void savingAnUntouchedFormRecordsNoChangeInAnyPractice() {
		StaffBrowser editor = editor();
		for (Practice practice : this.practices.findAll()) {
			long id = practice.getId();
			PracticeContent before = practice.content();
			int revisions = editor.get("/admin/practices/" + id + "/history")
				.document()
				.select("table tbody tr")
				.size();

			StaffBrowser.Page saved = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
					Map.of(), "action=save");

			if (practice.getNumber() == 10) {
				// its source cut an e-mail address ("liqingyi@ilo", kept as written),
				// which the form refuses
				assertThat(saved.status()).isEqualTo(200);
				assertThat(saved.document().select(".field-error").eachText())
					.containsExactly("Not an e-mail address (several may be separated by commas).");
			}
			else {
				assertThat(saved.status()).as("good practice %d saved", practice.getNumber()).isEqualTo(302);
			}
			assertThat(PracticeDiff.between(before, this.practices.findById(id).orElseThrow().content()))
				.as("good practice %d", practice.getNumber())
				.isEmpty();
			assertThat(editor.get("/admin/practices/" + id + "/history").document().select("table tbody tr"))
				.as("revisions of good practice %d", practice.getNumber())
				.hasSize(revisions);
		}
	}

	@Test
	void rowsNumberedBeyondTheLimitAreRefusedWithAMessageAndTheRestIsKept() {
		StaffBrowser editor = editor();
		for (String beyond : List.of("countries[300].code", "parts[300].title", "parts[300].text[title]",
				"parts[0].links[99999999999].url")) {
			for (String action : List.of("action=save", "action=preview")) {
				StaffBrowser.Page page = editor.submit(
						editor.get("/admin/practices/new"), "form.practice-form", Map.of(beyond, "BR", "shortTitle",
								"Kept short title", "countries[0].code", "AR", "countries[0].name", "Argentina"),
						action);
				assertThat(page.status()).as("%s with %s", beyond, action).isEqualTo(200);
				Document form = page.document();
				assertThat(form.select(".alert.error").text()).contains("At most 250 rows in each group");
				assertThat(form.getElementById("shortTitle").attr("value")).isEqualTo("Kept short title");
				assertThat(form.getElementById("countries[0].name").attr("value")).isEqualTo("Argentina");
			}
		}
		long id = createPractice(editor, "rows-limit-test", 907, Map.of());
		StaffBrowser.Page page = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("countries[250].code", "BR", "text[results]", "Not saved."), "action=save");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("At most 250 rows in each group");
		assertThat(this.practices.findById(id).orElseThrow().getBody().results()).isNull();
		assertThat(editor
			.submit(editor.get("/admin/practices/" + id), "form.practice-form",
					Map.of("countries[249].code", "BR", "countries[249].name", "Brazil"), "action=save")
			.status()).isEqualTo(302);
		assertThat(this.practices.findById(id).orElseThrow().getBody().countries()).extracting(CountryRef::code)
			.containsExactly("BR");
	}

	private static long facetCount(CatalogueClient client, String facet, String value) {
		for (JsonNode node : client.get("/api/practices").json().get("facets").get(facet)) {
			if (node.get("value").asString().equals(value)) {
				return node.get("count").asLong();
			}
		}
		return 0;
	}

}
