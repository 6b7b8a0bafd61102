package org.sstc.catalogue.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Excluding facet values ({@code not-region=africa}), on the page and in the API. */
@CatalogueTest
class FacetExclusionTests extends CatalogueHttpTest {

	@Test
	void anExcludedValueIsInNoPracticeFound() {
		long africa = this.client.get("/api/practices?region=africa").json().get("total").asLong();
		JsonNode rest = this.client.get("/api/practices?size=100&not-region=africa").json();
		assertThat(rest.get("total").asLong()).isEqualTo(30 - africa);
		assertThat(rest.get("items").valueStream().map((item) -> item.get("regionCode").asString()))
			.doesNotContain("africa");
		assertThat(rest.get("facets").get("region").valueStream().map((value) -> value.get("value").asString()))
			.doesNotContain("africa");
	}

	@Test
	void exclusionsCombineWithFiltersAndWithEachOther() {
		JsonNode found = this.client
			.get("/api/practices?size=100&theme=social-protection&not-theme=labour-migration&not-region=americas")
			.json();
		assertThat(found.get("total").asLong()).isPositive();
		for (JsonNode item : found.get("items")) {
			List<String> themes = item.get("themes")
				.valueStream()
				.map((theme) -> theme.get("code").asString())
				.toList();
			assertThat(themes).contains("social-protection").doesNotContain("labour-migration");
			assertThat(item.get("regionCode").asString()).isNotEqualTo("americas");
		}
	}

	@Test
	void anExclusionOfAValueNobodyKnowsIsRefused() {
		CatalogueClient.Response response = this.client.get("/api/practices?not-region=atlantis");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).contains("not-region");
	}

	@Test
	void thePageOffersANotPerValueAndShowsTheExclusionAsAChipThatTakesItBack() {
		Document page = Jsoup.parse(this.client.get("/practices?q=labour", "text/html").body());
		var not = page.select(".facet a.facet-not[href*=not-region=africa]");
		assertThat(not).hasSize(1);
		assertThat(not.attr("href")).isEqualTo("/practices?q=labour&not-region=africa");
		assertThat(not.attr("rel")).isEqualTo("nofollow");
		assertThat(not.select(".visually-hidden").text()).isEqualTo("Exclude Africa");

		Document excluded = Jsoup.parse(this.client.get(not.attr("href"), "text/html").body());
		var chip = excluded.select("a.chip.excluded");
		assertThat(chip.text()).startsWith("Region: not Africa");
		assertThat(chip.attr("href")).isEqualTo("/practices?q=labour");
		assertThat(excluded.select("form.search-form input[type=hidden][name=not-region]").attr("value"))
			.isEqualTo("africa");
		assertThat(excluded.select("meta[name=robots]").attr("content")).isEqualTo("noindex,follow");
	}

	@Test
	void choosingAnExcludedValueTakesBackItsExclusion() {
		SearchQuery excluded = SearchQuery.empty(30).withExclusion("region", "africa");
		assertThat(excluded.toQueryString()).isEqualTo("not-region=africa");
		assertThat(excluded.withFilter("region", "africa").toQueryString()).isEqualTo("region=africa");
		assertThat(excluded.withFilter("region", "africa").withExclusion("region", "africa").toQueryString())
			.isEqualTo("not-region=africa");
	}

}
