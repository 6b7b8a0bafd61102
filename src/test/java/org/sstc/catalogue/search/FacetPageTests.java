package org.sstc.catalogue.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facet's own page, where a long facet's "more" leads: every value, for the same
 * search, applied together.
 */
@CatalogueTest
@OnEitherSearchBackend
class FacetPageTests {

	@LocalServerPort
	int port;

	private CatalogueClient client;

	@BeforeEach
	void setUp() {
		this.client = new CatalogueClient(this.port);
	}

	@Test
	void listsEveryValueWithTheCountsOfTheSearchAndKeepsTheRestOfItsState() {
		String state = "q=labour&region=africa&theme=social-protection&sort=title";
		JsonNode api = this.client.get("/api/practices?" + state).json().get("facets").get("country");
		Document page = Jsoup.parse(this.client.get("/practices/facets/country?" + state, "text/html").body());

		List<Element> options = page.select(".facet-page-form input[type=checkbox][name=country]");
		assertThat(options).hasSize(api.size());
		assertThat(page.select(".facet-page-form input[type=hidden]"))
			.extracting((input) -> input.attr("name") + "=" + input.attr("value"))
			.containsExactly("q=labour", "region=africa", "theme=social-protection", "sort=title");
		assertThat(page.select("a:contains(Back to the results)").attr("href")).isEqualTo("/practices?" + state);
	}

	@Test
	void ordersByNameOrByCount() {
		Document byName = Jsoup.parse(this.client.get("/practices/facets/organisation", "text/html").body());
		Document byCount = Jsoup
			.parse(this.client.get("/practices/facets/organisation?facet.sort=count", "text/html").body());
		List<Long> counts = byCount.select(".facet-columns .count").eachText().stream().map(Long::valueOf).toList();
		assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(byName.select(".facet-columns .facet-name").eachText())
			.containsExactlyInAnyOrderElementsOf(byCount.select(".facet-columns .facet-name").eachText());
		assertThat(byName.select(".facet-order strong").text()).isEqualTo("A to Z");
		assertThat(byCount.select(".facet-order a").attr("href")).endsWith("facet.sort=index");
	}

	@Test
	void theSearchPageLeadsThereForALongFacetAndKeepsAShortOneInline() {
		Document page = Jsoup.parse(this.client.get("/practices?q=labour", "text/html").body());
		assertThat(page.select("fieldset:has(input[name=country]) .facet-more a").attr("href"))
			.isEqualTo("/practices/facets/country?q=labour");
		assertThat(page.select("fieldset:has(input[name=country]) details")).as("136 countries, not inline").isEmpty();
		assertThat(page.select("fieldset:has(input[name=theme]) details summary").text()).startsWith("More themes");

		Document chosen = Jsoup.parse(this.client.get("/practices?country=TO", "text/html").body());
		assertThat(chosen.select("fieldset:has(input[name=country]) input[value=TO]"))
			.as("a chosen value among the long list's rest stays on the search page, to be unticked")
			.singleElement()
			.satisfies((checkbox) -> assertThat(checkbox.hasAttr("checked")).isTrue());
	}

	@Test
	void anUnknownFacetIsNotFound() {
		assertThat(this.client.get("/practices/facets/colour", "text/html").status()).isEqualTo(404);
		assertThat(this.client.get("/practices/facets/country?region=atlantis", "text/html").status()).isEqualTo(400);
	}

	@Test
	void theFindBoxNarrowsTheListWithoutTheScriptAndKeepsTheTicks() {
		Document page = Jsoup
			.parse(this.client.get("/practices/facets/country?q=labour&country=BR&facet.q=zam", "text/html").body());
		assertThat(page.select(".facet-columns .facet-name").eachText()).containsExactly("Zambia");
		assertThat(page.select("#facet-find").attr("value")).isEqualTo("zam");
		assertThat(page.select("#facet-find").attr("name")).isEqualTo("facet.q");
		assertThat(page.select("form.facet-find").attr("action")).isEqualTo("/practices/facets/country");
		assertThat(page.select("form.facet-find input[type=hidden]"))
			.extracting((input) -> input.attr("name") + "=" + input.attr("value"))
			.containsExactly("q=labour", "country=BR");
		assertThat(page.select(".facet-page-form input[type=hidden][name=country]").attr("value"))
			.as("a chosen value the box hides stays chosen")
			.isEqualTo("BR");
	}

}
