package org.sstc.catalogue.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;
import org.sstc.catalogue.admin.CompendiumEditing;
import org.sstc.catalogue.admin.PracticeEditing;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.CompendiumRepository;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeRepository;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compendium (edition) facet: a second compendium with one published practice beside
 * the 30 of the first; filter, exclusion, counts, labels (the compendium's title, read
 * again when it changes), on the page and in the API.
 */
@CatalogueTest
@OnEitherSearchBackend
class CompendiumFacetTests extends CatalogueHttpTest {

	static final String FIRST = "compendium-2022-2023";

	static final String SECOND = "facet-test-2024-2025";

	@Autowired
	CompendiumEditing compendia;

	@Autowired
	CompendiumRepository compendiumRepository;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeRepository practices;

	long practiceId;

	@BeforeEach
	void setUp() {
		Compendium second = this.compendia.create(SECOND,
				new Compendium.Edition("Good practices of the next biennium", "2024-2025", "ILO", "A *preface*."));
		PracticeContent source = CuratedRecords.read(FIRST).practices().get(9);
		PracticeContent copy = new PracticeContent(1, "facet-test-practice", source.heading(), "Facet test practice",
				source.body(), source.region(), source.regionAsWritten(), source.regionInferred(),
				source.imageCaptions(), source.themes(), source.modalities(), source.parts(), source.repairs(),
				source.missing());
		this.practiceId = this.editing.create(second, copy).getId();
		this.editing.publish(this.practiceId);
	}

	@AfterEach
	void cleanUp() {
		this.practices.findById(this.practiceId).ifPresent(this.practices::delete);
		this.compendiumRepository.findByCode(SECOND).ifPresent(this.compendiumRepository::delete);
	}

	@Test
	void theApiFiltersCountsAndExcludesByCompendium() {
		assertThat(total("/api/practices?compendium=" + SECOND)).isEqualTo(1);
		assertThat(total("/api/practices?compendium=" + FIRST)).isEqualTo(30);
		assertThat(total("/api/practices?not-compendium=" + SECOND)).isEqualTo(30);
		assertThat(total("/api/practices?compendium=" + FIRST + "&compendium=" + SECOND)).isEqualTo(31);
		assertThat(total("/api/practices?compendium=no-such-compendium")).isZero();

		JsonNode facet = this.client.get("/api/practices").json().get("facets").get("compendium");
		assertThat(facet.valueStream().map((value) -> value.get("value").asString() + "=" + value.get("count")))
			.containsExactlyInAnyOrder(FIRST + "=30", SECOND + "=1");
		assertThat(label(facet, SECOND)).isEqualTo("Good practices of the next biennium");
		assertThat(label(facet, FIRST)).startsWith("Promoting Social Justice in the Global South");
	}

	@Test
	void aNewTitleRenamesTheFacetValue() {
		Compendium second = this.compendiumRepository.findByCode(SECOND).orElseThrow();
		this.compendia.revise(second.getId(),
				new Compendium.Edition("Renamed edition", "2024-2025", "ILO", second.getPreface()));
		JsonNode facet = this.client.get("/api/practices").json().get("facets").get("compendium");
		assertThat(label(facet, SECOND)).isEqualTo("Renamed edition");
	}

	@Test
	void thePageHasTheFacetAndItsExclusion() {
		Document page = Jsoup.parse(this.client.get("/practices", "text/html").body());
		assertThat(page.select(".facet a[href*=compendium=" + SECOND + "]").text())
			.contains("Good practices of the next biennium");
		assertThat(page.select(".facet a.facet-not[href*=not-compendium=" + SECOND + "]")).hasSize(1);

		Document filtered = Jsoup.parse(this.client.get("/practices?compendium=" + SECOND, "text/html").body());
		assertThat(filtered.select("a.chip").text()).contains("Compendium: Good practices of the next biennium");
		List<String> results = filtered.select("main a[href^=/practices/]").eachAttr("href");
		assertThat(results).contains("/practices/facet-test-practice");
	}

	@Test
	void aPracticeMovedToAnotherCompendiumIsFoundUnderIt() {
		Practice practice = this.practices.findById(this.practiceId).orElseThrow();
		Compendium first = this.compendiumRepository.findByCode(FIRST).orElseThrow();
		PracticeContent content = practice.content();
		PracticeContent renumbered = new PracticeContent(99, content.slug(), content.heading(), content.shortTitle(),
				content.body(), content.region(), content.regionAsWritten(), content.regionInferred(),
				content.imageCaptions(), content.themes(), content.modalities(), content.parts(), content.repairs(),
				content.missing());
		this.editing.update(this.practiceId, practice.getVersion(), first, renumbered);
		assertThat(total("/api/practices?compendium=" + FIRST)).isEqualTo(31);
		assertThat(total("/api/practices?compendium=" + SECOND)).isZero();
	}

	private long total(String path) {
		CatalogueClient.Response response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.json().get("total").asLong();
	}

	private static String label(JsonNode facet, String value) {
		return facet.valueStream()
			.filter((item) -> item.get("value").asString().equals(value))
			.map((item) -> item.get("label").asString())
			.findFirst()
			.orElseThrow();
	}

}
