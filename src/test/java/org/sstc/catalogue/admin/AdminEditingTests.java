package org.sstc.catalogue.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing as staff do it, through the forms, and what the public sees at once. */
@CatalogueTest
class AdminEditingTests extends StaffFixtures {

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
	}

	@Test
	void aDraftIsInvisibleUntilPublishedAndAgainOnceArchived() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "draft-visibility-test", 902,
				Map.of("objectives", "Quokkas cooperate on zygomorphic flowers.", "themes", "care-economy"));
		CatalogueClient public_ = new CatalogueClient(this.port);
		assertThat(public_.get("/practices/draft-visibility-test").status()).isEqualTo(404);
		assertThat(public_.get("/api/practices/draft-visibility-test").status()).isEqualTo(404);
		assertThat(public_.get("/api/practices?q=quokkas").json().get("total").asInt()).isZero();
		long careCount = facetCount(public_, "theme", "care-economy");
		assertThat(public_.get("/api/practices?size=100").json().get("total").asInt()).isEqualTo(30);

		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		assertThat(public_.get("/practices/draft-visibility-test").status()).isEqualTo(200);
		assertThat(public_.get("/api/practices?q=quokkas").json().get("items").get(0).get("slug").asString())
			.isEqualTo("draft-visibility-test");
		assertThat(facetCount(public_, "theme", "care-economy")).isEqualTo(careCount + 1);

		editor.postWithToken("/admin/practices/" + id + "/archive", "/admin");
		assertThat(public_.get("/practices/draft-visibility-test").status()).isEqualTo(404);
		assertThat(public_.get("/api/practices?q=quokkas").json().get("total").asInt()).isZero();
		assertThat(facetCount(public_, "theme", "care-economy")).isEqualTo(careCount);
		assertThat(editor.get("/admin?status=ARCHIVED").body()).contains("Test practice draft-visibility-test");
	}

	@Test
	void aSavedChangeShowsAtOnceOnThePublicPageInSearchAndInTheApi() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "immediate-effect-test", 903, Map.of());
		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		StaffBrowser.Page form = editor.get("/admin/practices/" + id);
		StaffBrowser.Page saved = editor.submit(form, "form.practice-form",
				Map.of("results", "Wombats learned **peer review** across borders."), "action=save");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(editor.follow(saved).body()).contains("Saved.");

		CatalogueClient public_ = new CatalogueClient(this.port);
		assertThat(public_.get("/practices/immediate-effect-test").body()).contains("<strong>peer review</strong>");
		JsonNode hit = public_.get("/api/practices?q=wombats").json().get("items").get(0);
		assertThat(hit.get("slug").asString()).isEqualTo("immediate-effect-test");
		assertThat(hit.get("highlights").get("results").asString()).contains("<mark>Wombats</mark>");
		assertThat(public_.get("/api/practices/immediate-effect-test").json().get("results").asString())
			.isEqualTo("Wombats learned **peer review** across borders.");
	}

	@Test
	void invalidInputGetsMessagesNextToTheFieldsAndKeepsEverythingTyped() {
		StaffBrowser editor = editor();
		Map<String, String> values = new HashMap<>(Map.of("number", "5", "slug", "Not A Slug!", "heading", "",
				"shortTitle", "Kept short title", "title", "", "region", "", "objectives", "Kept objectives text"));
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
		for (String field : List.of("heading", "shortTitle", "title", "regionAsWritten", "authors", "institutions",
				"countriesInvolved", "objectives", "cooperation", "peerLearning", "innovation", "sustainability",
				"adaptability", "results", "contactDetails", "funding", "materials", "imageCaptions", "repairs")) {
			values.put(field, payload);
		}
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

		CatalogueClient public_ = new CatalogueClient(this.port);
		for (String body : List.of(public_.get("/practices/script-injection-test", "text/html").body(),
				public_.get("/practices?q=xsszebra", "text/html").body(), editor.get("/admin/practices/" + id).body(),
				editor.get("/admin").body(), editor.get("/admin/practices/" + id + "/history").body())) {
			assertThat(body).contains("xsszebra")
				.doesNotContain("<script>alert")
				.doesNotContain("<img src=x")
				.doesNotContain("<svg onload")
				.doesNotContainIgnoringCase("href=\"javascript");
		}
		assertThat(public_.get("/practices?q=xsszebra", "text/html").body()).contains("<mark>xsszebra</mark>");
		// the API carries the text as data; its snippets, which are HTML, are escaped
		CatalogueClient.Response api = public_.get("/api/practices?q=xsszebra");
		assertThat(api.contentType()).startsWith("application/json");
		api.json().get("items").get(0).get("highlights").forEach((snippet) -> assertThat(snippet.asString())
			.contains("<mark>xsszebra</mark>")
			.doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("<svg"));
	}

	@Test
	void aSecondSaveOverANewerVersionShowsAConflictAndLosesNothing() {
		long id = createPractice(admin(), "conflict-test", 905, Map.of("results", "Original results."));
		StaffBrowser first = editor();
		StaffBrowser second = admin();
		StaffBrowser.Page firstForm = first.get("/admin/practices/" + id);
		StaffBrowser.Page secondForm = second.get("/admin/practices/" + id);

		assertThat(first.submit(firstForm, "form.practice-form", Map.of("results", "First editor's results."),
				"action=save").status()).isEqualTo(302);
		StaffBrowser.Page conflict = second.submit(secondForm, "form.practice-form",
				Map.of("results", "Second editor's results."), "action=save");
		assertThat(conflict.status()).isEqualTo(200);
		assertThat(conflict.body()).contains("Someone saved this practice while you were editing it")
			.contains("First editor&#39;s results.")
			.contains("Second editor&#39;s results.");
		assertThat(conflict.document().getElementById("results").text()).isEqualTo("Second editor's results.");
		assertThat(this.practices.findById(id).orElseThrow().getResults()).isEqualTo("First editor's results.");

		StaffBrowser.Page merged = second.submit(conflict, "form.practice-form",
				Map.of("results", "First editor's results. Second editor's results."), "action=save");
		assertThat(merged.status()).isEqualTo(302);
		assertThat(this.practices.findById(id).orElseThrow().getResults())
			.isEqualTo("First editor's results. Second editor's results.");
	}

	@Test
	void historyShowsWhoChangedWhatAndRestoresAnEarlierRevision() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "history-test", 906, Map.of("innovation", "The original idea."));
		editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("innovation", "The improved idea."), "action=save");

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
		assertThat(this.practices.findById(id).orElseThrow().getInnovation()).isEqualTo("The original idea.");
		assertThat(editor.get("/admin/practices/" + id + "/history").document().select("table tbody tr")).hasSize(3);
	}

	@Test
	void theCompendiumPracticesHaveTheirImportAsFirstRevision() {
		long id = this.practices.findBySlug("china-zambia-mining-osh").orElseThrow().getId();
		List<String> rows = editor().get("/admin/practices/" + id + "/history").document().select("table tbody tr")
			.eachText();
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(rows.size() - 1)).contains("compendium import").contains("Created");
	}

	@Test
	void previewRendersTheMarkdownWithoutSaving() {
		StaffBrowser editor = editor();
		StaffBrowser.Page preview = editor.submit(editor.get("/admin/practices/new"), "form.practice-form",
				Map.of("objectives", "First paragraph with **bold**.\n\n- one\n- two <script>x</script>"),
				"action=preview");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("<strong>bold</strong>").contains("<li>one</li>").doesNotContain("<script>x");
		assertThat(this.practices.count()).isEqualTo(30);
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
