package org.sstc.catalogue.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.Contact;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.FundingSource;
import org.sstc.catalogue.practice.Organisation;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.WebLink;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every section that {@link PracticeBody} declares, knowing none of them by name:
 * each one typed into the admin form is saved and shown again in the form, shows on the
 * public page, is named in the API, and a change to it is reported under its label in the
 * history. A section added to {@code PracticeBody} is checked here as it stands.
 */
@CatalogueTest
class PracticeSectionsTests extends StaffFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MessageSource messages;

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
	}

	@Test
	void everySectionRoundTripsThroughTheFormShowsOnThePageAndIsNamedInTheApi() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "sections-walk-test", 911, formValues("", "alpha"));
		PracticeBody saved = this.practices.findById(id).orElseThrow().getBody();
		Document form = editor.get("/admin/practices/" + id).document();
		for (PracticeSection section : PracticeBody.SECTIONS) {
			assertThat(section.value(saved)).as("%s as saved", section.name()).isEqualTo(value(section, "alpha"));
			formValues("", section, "alpha").forEach((field,
					value) -> assertThat(shown(form, field)).as("%s shown again in the form", field).isEqualTo(value));
		}

		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		String page = HtmlUtils.htmlUnescape(this.client.get("/practices/sections-walk-test", "text/html").body());
		JsonNode api = this.client.get("/api/practices/sections-walk-test").json();
		for (PracticeSection section : PracticeBody.SECTIONS) {
			visibleText(section, "alpha")
				.forEach((text) -> assertThat(page).as("%s on the page", section.name()).contains(text));
			assertThat(api.has(section.name())).as("%s named in the API", section.name()).isTrue();
			assertThat(api.get(section.name())).as(section.name()).isEqualTo(JSON.valueToTree(value(section, "alpha")));
		}
	}

	@Test
	void everySectionOfAPartRoundTripsThroughTheFormShowsOnThePageAndIsNamedInTheApi() {
		StaffBrowser editor = editor();
		Map<String, String> values = new HashMap<>(formValues("parts[0].", "beta"));
		values.put("parts[0].label", "Part I");
		long id = createPractice(editor, "sections-part-walk-test", 912, values);
		Practice practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getParts()).singleElement()
			.satisfies((part) -> assertThat(part.label()).isEqualTo("Part I"));
		PracticeBody saved = practice.getParts().get(0).body();
		Document form = editor.get("/admin/practices/" + id).document();
		for (PracticeSection section : PracticeBody.SECTIONS) {
			assertThat(section.value(saved)).as("%s as saved", section.name()).isEqualTo(value(section, "beta"));
			formValues("parts[0].", section, "beta").forEach((field,
					value) -> assertThat(shown(form, field)).as("%s shown again in the form", field).isEqualTo(value));
		}

		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		String page = HtmlUtils.htmlUnescape(this.client.get("/practices/sections-part-walk-test", "text/html").body());
		JsonNode part = this.client.get("/api/practices/sections-part-walk-test").json().get("parts").get(0);
		for (PracticeSection section : PracticeBody.SECTIONS) {
			visibleText(section, "beta")
				.forEach((text) -> assertThat(page).as("%s on the page", section.name()).contains(text));
			assertThat(part.get(section.name())).as(section.name()).isEqualTo(JSON.valueToTree(value(section, "beta")));
		}
	}

	@Test
	void aChangeToEverySectionIsReportedUnderItsLabelInTheHistory() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "sections-history-test", 913, formValues("", "gamma"));
		StaffBrowser.Page saved = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				formValues("", "delta"), "action=save");
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);

		Document history = editor.get("/admin/practices/" + id + "/history").document();
		String diffLink = history.select("a[href*=/history/diff]").first().attr("href");
		List<String> labels = editor.get(diffLink).document().select(".diff-field h2").eachText();
		for (PracticeSection section : PracticeBody.SECTIONS) {
			assertThat(labels).as("the history reports %s", section.name())
				.containsOnlyOnce(this.messages.getMessage(section.messageKey(), null, Locale.ENGLISH));
		}
		assertThat(labels).hasSize(PracticeBody.SECTIONS.size());
	}

	/**
	 * What the form posts for every section, each given a value of its own marked with
	 * the tag.
	 */
	private static Map<String, String> formValues(String prefix, String tag) {
		Map<String, String> values = new HashMap<>();
		PracticeBody.SECTIONS.forEach((section) -> values.putAll(formValues(prefix, section, tag)));
		return values;
	}

	/** What the form posts for a section: its text, or one row. */
	private static Map<String, String> formValues(String prefix, PracticeSection section, String tag) {
		String row = prefix + section.name() + "[0].";
		return switch (section.kind()) {
			case LINE, MARKDOWN -> Map.of(prefix + "text[" + section.name() + "]", text(section, tag));
			case COUNTRIES -> Map.of(row + "code", tag.equals("delta") ? "NP" : "BR", row + "name", "Country " + tag);
			case ORGANISATIONS ->
				Map.of(row + "acronym", "ORG" + tag.toUpperCase(Locale.ROOT), row + "name", "Organisation " + tag);
			case CONTACTS -> Map.of(row + "name", "Contact " + tag, row + "email", tag + "@example.org");
			case FUNDING_SOURCES -> Map.of(row + "code", "fund-" + tag, row + "name", "Fund " + tag);
			case LINKS -> Map.of(row + "title", "Link " + tag, row + "url", "https://example.org/" + tag);
		};
	}

	/** The value a section has once the form's values are saved. */
	private static Object value(PracticeSection section, String tag) {
		return switch (section.kind()) {
			case LINE, MARKDOWN -> text(section, tag);
			case COUNTRIES -> List.of(new CountryRef(tag.equals("delta") ? "NP" : "BR", "Country " + tag, false));
			case ORGANISATIONS ->
				List.of(new Organisation("ORG" + tag.toUpperCase(Locale.ROOT), "Organisation " + tag));
			case CONTACTS -> List.of(new Contact("Contact " + tag, null, null, tag + "@example.org", null));
			case FUNDING_SOURCES -> List.of(new FundingSource("fund-" + tag, "Fund " + tag));
			case LINKS -> List.of(new WebLink("Link " + tag, "https://example.org/" + tag));
		};
	}

	/** What a reader sees of a section on the page. */
	private static List<String> visibleText(PracticeSection section, String tag) {
		return switch (section.kind()) {
			case LINE, MARKDOWN -> List.of(text(section, tag));
			case COUNTRIES -> List.of("Country " + tag);
			case ORGANISATIONS -> List.of("Organisation " + tag);
			case CONTACTS -> List.of("Contact " + tag, tag + "@example.org");
			case FUNDING_SOURCES -> List.of("Fund " + tag);
			case LINKS -> List.of("Link " + tag);
		};
	}

	private static String text(PracticeSection section, String tag) {
		return "The " + section.name() + " " + tag;
	}

	/** The value a form field shows: an input's, a text area's or a list's chosen one. */
	private static String shown(Document form, String field) {
		Element element = form.selectFirst("[name=\"" + field + "\"]");
		assertThat(element).as("field %s in the form", field).isNotNull();
		return switch (element.tagName()) {
			case "textarea" -> element.wholeText().strip();
			case "select" -> element.select("option[selected]").attr("value");
			default -> element.attr("value");
		};
	}

}
