package org.sstc.catalogue.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facet's own page, where a long facet's "more" leads: every value, for the same
 * search, applied together.
 */
@CatalogueTest
@OnEitherSearchBackend
class FacetPageTests extends CatalogueHttpTest {

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
		assertThat(page.select("fieldset:has(input[name=organisation]) > .facet-more a").attr("href"))
			.isEqualTo("/practices/facets/organisation?q=labour");
		assertThat(page.select("fieldset:has(input[name=organisation]) details")).as("many values, not inline")
			.isEmpty();
		assertThat(page.select("fieldset:has(input[name=theme]) details summary").text()).startsWith("More themes");
		assertThat(page.select("fieldset:has(input[name=country]) > .facet-more a").attr("href"))
			.isEqualTo("/practices/facets/country?q=labour");

		Document chosen = Jsoup.parse(this.client.get("/practices?organisation=SADC", "text/html").body());
		assertThat(chosen.select("fieldset:has(input[name=organisation]) input[value=SADC]"))
			.as("a chosen value among the long list's rest stays on the search page, to be unticked")
			.singleElement()
			.satisfies((checkbox) -> assertThat(checkbox.hasAttr("checked")).isTrue());
	}

	@Test
	void countriesAreGroupedUnderTheirRegionWithCountsAtBothLevels() {
		JsonNode api = this.client.get("/api/practices?q=labour").json();
		JsonNode groups = api.get("facetGroups").get("country");
		Document page = Jsoup.parse(this.client.get("/practices?q=labour", "text/html").body());
		List<Element> shown = page.select("fieldset:has(input[name=country]) .facet-groups > li > details");
		assertThat(shown).hasSize(groups.size());
		for (int i = 0; i < groups.size(); i++) {
			JsonNode group = groups.get(i);
			Element details = shown.get(i);
			assertThat(details.select("summary .facet-name").text()).isEqualTo(group.get("label").asString());
			assertThat(details.select("summary .count").text()).isEqualTo(group.get("count").asString());
			assertThat(details.hasAttr("open")).as("nothing chosen: every group starts closed").isFalse();
			List<String> listed = details.select("input[name=country]").eachAttr("value");
			assertThat(group.get("values").valueStream().map(JsonNode::asString).toList()).containsAll(listed);
			if (group.get("values").size() > listed.size()) {
				assertThat(details.select(".facet-more a").attr("href"))
					.isEqualTo("/practices/facets/country?q=labour&facet.group=" + group.get("value").asString());
			}
		}

		Document chosen = Jsoup.parse(this.client.get("/practices?country=TO", "text/html").body());
		Element oceania = chosen.select(".facet-groups details:has(input[value=TO])").first();
		assertThat(oceania.hasAttr("open")).as("the group of a chosen country starts open").isTrue();
		assertThat(oceania.select("summary .facet-name").text()).isEqualTo("Asia and the Pacific");
		assertThat(oceania.select("input[value=TO]").hasAttr("checked")).isTrue();
	}

	@Test
	void aGroupsPageListsItsValuesUnderItsHeadingAndAnUnknownGroupIsABadRequest() {
		JsonNode groups = this.client.get("/api/practices").json().get("facetGroups").get("country");
		JsonNode africa = groups.valueStream()
			.filter((group) -> group.get("value").asString().equals("africa"))
			.findFirst()
			.orElseThrow();
		Document page = Jsoup
			.parse(this.client.get("/practices/facets/country?facet.group=africa", "text/html").body());
		assertThat(page.select(".facet-page-form fieldset legend").eachText()).containsExactly(
				"Africa " + africa.get("count").asString() + " (" + africa.get("count").asString() + " practices)");
		assertThat(page.select(".facet-page-form input[name=country]").eachAttr("value"))
			.containsExactlyInAnyOrderElementsOf(africa.get("values").valueStream().map(JsonNode::asString).toList());
		assertThat(page.select("form.facet-find input[name=facet.group]").attr("value")).isEqualTo("africa");

		Document all = Jsoup.parse(this.client.get("/practices/facets/country", "text/html").body());
		assertThat(all.select(".facet-page-form fieldset legend > span:first-child").eachText()).containsSubsequence(
				"Africa", "Americas", "Arab States", "Asia and the Pacific", "Europe and Central Asia");

		assertThat(this.client.get("/practices/facets/country?facet.group=atlantis", "text/html").status())
			.isEqualTo(400);
	}

	@Test
	void aKnownGroupThatTheSearchLeavesEmptyIsAnEmptyListNotARefusal() {
		// a bookmark of a group outlives the practices that filled it
		for (String address : List.of("/practices/facets/country?q=zzxqvw+qqzxvw&facet.group=asia-pacific",
				"/practices/facets/country?q=zzxqvw+qqzxvw&facet.group=africa")) {
			CatalogueClient.Response answer = this.client.get(address, "text/html");
			assertThat(answer.status()).as(address).isEqualTo(200);
			assertThat(Jsoup.parse(answer.body()).select(".facet-page-form input[name=country]")).as(address).isEmpty();
		}
		assertThat(
				this.client.get("/practices/facets/country?q=zzxqvw+qqzxvw&facet.group=atlantis", "text/html").status())
			.isEqualTo(400);
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
