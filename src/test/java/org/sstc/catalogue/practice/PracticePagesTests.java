package org.sstc.catalogue.practice;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

@CatalogueTest
class PracticePagesTests extends CatalogueHttpTest {

	static List<PracticeContent> curated() {
		return CuratedRecords.read("compendium-2022-2023").practices();
	}

	@Test
	void homePageShowsTheCompendiumAndCountsByRegionAndTheme() {
		CatalogueClient.Response home = this.client.get("/", "text/html");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("Promoting Social Justice in the Global South")
			.contains("30 good practices")
			.contains("href=\"/practices?region=africa\"")
			.contains("href=\"/practices?theme=labour-inspection\"");
	}

	@Test
	void browsePageListsAllPracticesAndFiltersByRegionAndTheme() {
		String all = this.client.get("/practices", "text/html").body()
				+ this.client.get("/practices?page=2", "text/html").body();
		curated().forEach((practice) -> assertThat(all).contains("href=\"/practices/" + practice.slug() + "\""));

		String arabStates = this.client.get("/practices?region=arab-states", "text/html").body();
		curated().forEach((practice) -> {
			boolean listed = arabStates.contains("href=\"/practices/" + practice.slug() + "\"");
			assertThat(listed).as("practice %d listed", practice.number())
				.isEqualTo(practice.region() == Region.ARAB_STATES);
		});

		String osh = this.client.get("/practices?theme=occupational-safety-health", "text/html").body();
		curated().forEach((practice) -> {
			boolean listed = osh.contains("href=\"/practices/" + practice.slug() + "\"");
			assertThat(listed).as("practice %d listed", practice.number())
				.isEqualTo(practice.themes().contains(Theme.OCCUPATIONAL_SAFETY_HEALTH));
		});
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("curated")
	void detailPageRendersEveryField(PracticeContent practice) {
		CatalogueClient.Response response = this.client.get("/practices/" + practice.slug(), "text/html");
		assertThat(response.status()).isEqualTo(200);
		String page = HtmlUtils.htmlUnescape(response.body());
		assertThat(page).contains(practice.shortTitle(), practice.heading());
		List<String> texts = new java.util.ArrayList<>();
		for (PracticeBody body : bodies(practice)) {
			for (PracticeSection section : PracticeBody.SECTIONS) {
				if (section.kind().isText() && section.text(body) != null) {
					texts.add(section.text(body));
				}
			}
		}
		for (String text : texts) {
			assertThat(page).as("page shows the start of: %s", text).contains(plainStart(text));
		}
		bodies(practice).forEach((body) -> {
			body.countries().forEach((country) -> assertThat(page).contains(country.name()));
			body.contacts()
				.stream()
				.filter((contact) -> contact.email() != null)
				.forEach((contact) -> assertThat(page).contains(contact.email().split("[,;\\s]+")[0]));
		});
	}

	private static List<PracticeBody> bodies(PracticeContent practice) {
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(practice.body()), practice.parts().stream().map(PracticePart::body))
			.toList();
	}

	@Test
	void unknownSlugGetsAProperNotFoundPage() {
		CatalogueClient.Response response = this.client.get("/practices/no-such-practice", "text/html");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void badFilterGetsAClearMessageAndNoStackTrace() {
		CatalogueClient.Response response = this.client.get("/practices?region=atlantis", "text/html");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("atlantis").contains("africa").doesNotContain("Exception");
	}

	@Test
	void unknownAddressGetsTheNotFoundPage() {
		CatalogueClient.Response response = this.client.get("/no/such/page", "text/html");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
	}

	/**
	 * The first words of a Markdown text as they appear once rendered (before any markup
	 * or link).
	 */
	private static String plainStart(String markdown) {
		String firstLine = markdown.strip().lines().findFirst().orElse("");
		String plain = firstLine.replaceFirst("^(- |\\d+\\. |#+ )", "");
		int cut = plain.length();
		for (char c : new char[] { '*', '[', '_', '`', '<', '\\' }) {
			int at = plain.indexOf(c);
			if (at >= 0) {
				cut = Math.min(cut, at);
			}
		}
		String start = plain.substring(0, cut).strip();
		return start.substring(0, Math.min(60, start.length()));
	}

}
