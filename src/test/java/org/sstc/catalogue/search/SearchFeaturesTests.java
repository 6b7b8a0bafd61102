package org.sstc.catalogue.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;
import org.sstc.catalogue.practice.PracticeRepository;
import org.sstc.catalogue.practice.PracticeStatus;
import org.sstc.catalogue.practice.SimilarPractices;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CatalogueTest
@OnEitherSearchBackend
class SearchFeaturesTests extends CatalogueHttpTest {

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticePassages passages;

	@Autowired
	SimilarPractices similarPractices;

	@Autowired
	PracticeRepository practices;

	@Test
	void labourInspectionListsTheLabourInspectionPracticesFirstWithHighlightedSnippets() {
		JsonNode result = this.client.get("/api/practices?q=" + encode("labour inspection")).json();
		JsonNode first = result.get("items").get(0);
		JsonNode second = result.get("items").get(1);
		assertThat(List.of(first.get("number").asInt(), second.get("number").asInt())).containsExactlyInAnyOrder(11,
				19);
		assertThat(result.get("sort").asString()).isEqualTo("relevance");
		assertThat(first.get("score").asDouble()).isPositive();
		String snippet = first.get("highlights").get(first.get("snippetField").asString()).asString();
		assertThat(snippet).containsPattern("<mark>([Ll]abou?r )?inspection</mark>|<mark>[Ll]abou?r</mark>");

		String page = this.client.get("/practices?q=" + encode("labour inspection"), "text/html").body();
		assertThat(page).contains("Matched in").contains("<mark>");
	}

	@Test
	void everydayWordsRankThePracticesOfTheConceptTheyMeanAndThePageSaysSo() {
		// no practice says "poorest countries": practice 22 is about least developed
		// countries' graduation, which the words alone rank eighth
		JsonNode result = this.client.get("/api/practices?q=" + encode("the poorest countries of the world")).json();
		assertThat(result.get("meanings").valueStream().map(JsonNode::asString)).contains("least developed countries");
		assertThat(result.get("items").get(0).get("number").asInt()).isEqualTo(22);

		String page = this.client.get("/practices?q=" + encode("the poorest countries of the world"), "text/html")
			.body();
		assertThat(page).contains("Also ranked by what the words mean:").contains("least developed countries");
	}

	@Test
	void aLongQueryInEverydayWordsIsRankedAlsoByThePracticesOwnPassages() {
		await().atMost(Duration.ofMinutes(2)).until(this.passages::ready);
		// practice 16 is about bipartite dialogue and negotiated OSH policies; by the
		// words alone the mining OSH training (10) comes first
		JsonNode first = this.client
			.get("/api/practices?q="
					+ encode("employers and trade unions agreeing together on health and safety at work"))
			.json()
			.get("items")
			.get(0);
		assertThat(first.get("number").asInt()).isEqualTo(16);
		assertThat(first.get("nearestPassage").asString()).as("the passage that says why").isNotBlank();

		String page = this.client
			.get("/practices?q=" + encode("employers and trade unions agreeing together on health and safety at work"),
					"text/html")
			.body();
		assertThat(page).contains("Nearest in meaning:");
	}

	@Test
	void aPracticeFoundThroughAnotherFormOfTheWordsSaysWhichForm() {
		JsonNode first = this.client.get("/api/practices?q=childlabour").json().get("items").get(0);
		assertThat(first.get("otherWords").valueStream().map(JsonNode::asString)).contains("child", "labour");

		String page = this.client.get("/practices?q=childlabour", "text/html").body();
		assertThat(page).contains("Found through another form of your words:");
		assertThat(this.client.get("/api/practices?q=" + encode("child labour"))
			.json()
			.get("items")
			.get(0)
			.get("otherWords")).as("the query's own words need no explanation").isEmpty();
	}

	@Test
	void aRunTogetherWordFindsItsWordsApartWithAWordBetweenThemAfterTheirPhrase() {
		// practice 23 strengthens labour statistics; practice 2 writes "labour market
		// statistics" and "labour migration statistics", never "labour statistics"
		List<Integer> numbers = this.client.get("/api/practices?q=labourstatistics")
			.json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("number").asInt())
			.toList();
		assertThat(numbers).startsWith(23).contains(2);
	}

	@Test
	void frenchAndSpanishTermsFindThePracticesOfTheirEnglishTerms() {
		JsonNode first = this.client.get("/api/practices?q=" + encode("seguro de desempleo"))
			.json()
			.get("items")
			.get(0);
		assertThat(first.get("number").asInt()).as("the unemployment insurance practice").isEqualTo(8);
		assertThat(first.get("otherWords").valueStream().map(JsonNode::asString)).contains("unemployment", "insurance");

		JsonNode brazil = this.client.get("/api/practices?q=" + encode("Brésil")).json().get("items").get(0);
		assertThat(brazil.get("countries").valueStream().map((country) -> country.get("code").asString()))
			.contains("BR");
	}

	@Test
	void wordsSplitApartFindTheWordThatOnlyATitleHas() {
		// "Caregiving" is only in practice 6's title
		JsonNode result = this.client.get("/api/practices?q=" + encode("care giving")).json();
		assertThat(result.get("total").asInt()).isPositive();
		assertThat(result.get("items").get(0).get("number").asInt()).isEqualTo(6);
	}

	@Test
	void oshFindsTheMiningPractice() {
		JsonNode items = this.client.get("/api/practices?q=OSH").json().get("items");
		assertThat(items.get(0).get("number").asInt()).isIn(10, 16);
		assertThat(items.valueStream().limit(2).map((item) -> item.get("number").asInt())).contains(10);
	}

	@Test
	void misspelledWordsAreCorrectedFromTheCatalogueVocabulary() {
		JsonNode result = this.client.get("/api/practices?q=" + encode("labour inspecton")).json();
		assertThat(result.get("suggestion").asString()).isEqualTo("labour inspection");
		assertThat(result.get("items").get(0).get("number").asInt()).isIn(11, 19);
		String page = this.client.get("/practices?q=" + encode("labour inspecton"), "text/html").body();
		assertThat(page).contains("Showing results for").contains("labour inspection");
	}

	@Test
	void aQueryThatFindsNothingOffersTheNearestPracticesOrToDropAFilter() {
		SearchResults.Page nothing = this.search
			.search(SearchQuery.empty(10).withText("cotton").withFilter("region", "africa"));
		assertThat(nothing.total()).isZero();
		assertThat(nothing.relaxations()).singleElement().satisfies((relaxation) -> {
			assertThat(relaxation.facet()).isEqualTo("region");
			assertThat(relaxation.count()).isPositive();
		});
		String page = this.client.get("/practices?q=cotton&region=africa", "text/html").body();
		assertThat(page).contains("Remove").contains("href=\"/practices?q=cotton\"");

		SearchResults.Page fuzzy = this.search.search(SearchQuery.empty(10).withText("xqzlabour"));
		assertThat(fuzzy.total()).isZero();
	}

	@Test
	void nearestPracticesComeFromAFuzzyMatchAcrossAllFilters() {
		SearchResults.Page result = this.search
			.search(SearchQuery.empty(10).withText("petrochemicals").withFilter("region", "africa"));
		assertThat(result.total()).isZero();
		assertThat(result.nearest()).extracting((hit) -> hit.practice().number()).contains(16);
	}

	@Test
	void wordsOfTheLanguageAreNotCorrectedEvenWhereNoPracticeUsesThem() {
		JsonNode result = this.client
			.get("/api/practices?q=" + encode("what was done to stop children working on cotton farms"))
			.json();
		assertThat(result.hasNonNull("suggestion")).as(result.toString()).isFalse();
		assertThat(result.get("items").get(0).get("slug").asString()).isEqualTo("brazil-tanzania-cotton-sector");
	}

	@Test
	void theVocabulariesAreFoundByTheirFrenchAndSpanishNamesToo() {
		Map<String, String> queries = Map.of("protection sociale", "social-protection", "inspección del trabajo",
				"labour-inspection", "travail des enfants", "child-forced-labour", "économie des soins",
				"care-economy");
		queries.forEach((query, theme) -> {
			JsonNode first = this.client.get("/api/practices?q=" + encode(query)).json().get("items").get(0);
			assertThat(first.get("themes").valueStream().map((term) -> term.get("code").asString())).as(query)
				.contains(theme);
		});
	}

	@Test
	void autocompleteOffersTitlesCountriesThemesAndOrganisations() {
		JsonNode apprenticeships = this.client.get("/api/suggest?q=appren").json();
		assertThat(apprenticeships.get(0).get("kind").asString()).isEqualTo("practice");
		assertThat(apprenticeships.get(0).get("url").asString()).isEqualTo(
				"/practices/" + this.practices.findByStatusOrderByNumber(PracticeStatus.PUBLISHED).get(6).getSlug());

		JsonNode brazil = this.client.get("/api/suggest?q=bra").json();
		assertThat(brazil.valueStream()).anySatisfy((suggestion) -> {
			assertThat(suggestion.get("kind").asString()).isEqualTo("country");
			assertThat(suggestion.get("label").asString()).isEqualTo("Brazil");
			assertThat(suggestion.get("url").asString()).isEqualTo("/practices?country=BR");
		});
		assertThat(this.client.get("/api/suggest?q=ecow").json().valueStream())
			.anySatisfy((suggestion) -> assertThat(suggestion.get("kind").asString()).isEqualTo("organisation"));
		assertThat(this.client.get("/api/suggest?q=social").json().valueStream())
			.anySatisfy((suggestion) -> assertThat(suggestion.get("kind").asString()).isEqualTo("theme"));
		assertThat(this.client.get("/api/suggest?q=b").json().size()).isZero();
	}

	@Test
	void autocompleteNamesThemesInTheInterfaceLanguageAndFindsThemByEitherName() {
		for (String typed : List.of("protection", "social")) {
			JsonNode french = this.client.get("/api/suggest?q=" + typed, "application/json", "Accept-Language", "fr")
				.json();
			assertThat(french.valueStream()).as(typed).anySatisfy((suggestion) -> {
				assertThat(suggestion.get("kind").asString()).isEqualTo("theme");
				assertThat(suggestion.get("label").asString()).isEqualTo("Protection sociale");
				assertThat(suggestion.get("url").asString()).isEqualTo("/practices?theme=social-protection");
			});
		}
	}

	@Test
	void aPeopleFindsThePracticesOfItsCountry() {
		for (String[] pair : new String[][] { { "Brazilian", "BR" }, { "Zambian", "ZM" }, { "Tongan", "TO" } }) {
			long withCountry = this.client.get("/api/practices?country=" + pair[1]).json().get("total").asLong();
			JsonNode found = this.client.get("/api/practices?size=100&q=" + pair[0]).json();
			assertThat(found.get("total").asLong()).as(pair[0]).isGreaterThanOrEqualTo(withCountry).isPositive();
		}
	}

	/**
	 * No record writes "Brazilian-Pakistani" (nor "Pakistani"): its parts, each a people,
	 * find the practice of both countries first.
	 */
	@Test
	void aHyphenatedPairOfPeoplesFindsThePracticeOfBothCountries() {
		JsonNode found = this.client.get("/api/practices?q=" + encode("Brazilian-Pakistani")).json();
		assertThat(found.get("items")).isNotEmpty();
		assertThat(found.get("items")
			.get(0)
			.get("countries")
			.valueStream()
			.map((country) -> country.get("code").asString())).contains("BR", "PK");
	}

	/**
	 * No record says "Andean", "francophone", "Horn of Africa" or "Pacific island
	 * countries": the groups of countries by region and language find the practices of
	 * their member countries.
	 */
	@Test
	void aGroupOfCountriesNoRecordNamesFindsThePracticesOfItsCountries() {
		Map<String, String> groups = Map.of("Andean", "country=BO&country=CO&country=EC&country=PE",
				"francophone countries", "country=MG&country=CI&country=SN&country=CM&country=HT", "Southeast Asia",
				"country=ID&country=PH&country=TH&country=VN&country=KH&country=MY", "Horn of Africa",
				"country=DJ&country=ER&country=ET&country=SO", "Pacific island countries",
				"country=TO&country=FJ&country=WS");
		groups.forEach((group, countries) -> {
			Set<Integer> withCountries = numbers(this.client.get("/api/practices?size=100&" + countries).json());
			assertThat(withCountries).as(group).isNotEmpty();
			assertThat(numbers(this.client.get("/api/practices?size=100&q=" + encode(group)).json())).as(group)
				.containsAll(withCountries);
		});
	}

	/**
	 * Beside other words, a group of countries ranks: a practice that names one of its
	 * countries is no more about the other words. "social dialogue" lists practice 26
	 * first; practice 2, which names francophone countries, moves up to first.
	 */
	@Test
	void aGroupOfCountriesBesideOtherWordsRanksItsPracticesFirstWithoutLimitingTheResults() {
		Set<String> francophone = Set.of("BJ", "BF", "BI", "CF", "CI", "CM", "CD", "CG", "KM", "DJ", "GA", "GN", "GQ",
				"HT", "LB", "MG", "ML", "MU", "NE", "RW", "SN", "SC", "TD", "TG", "VU");
		JsonNode words = this.client.get("/api/practices?size=100&q=" + encode("social dialogue")).json();
		JsonNode grouped = this.client.get("/api/practices?size=100&q=" + encode("francophone social dialogue")).json();
		assertThat(grouped.get("total").asLong()).isEqualTo(words.get("total").asLong());
		assertThat(grouped.get("fewer").asLong()).isEqualTo(words.get("fewer").asLong());
		assertThat(numbers(grouped)).isEqualTo(numbers(words));
		assertThat(countries(words.get("items").get(0))).doesNotContainAnyElementsOf(francophone);
		assertThat(countries(grouped.get("items").get(0))).containsAnyElementsOf(francophone);
	}

	private static List<String> countries(JsonNode item) {
		return item.get("countries").valueStream().map((country) -> country.get("code").asString()).toList();
	}

	/**
	 * The compendium never writes "pensions": the practices of what the word means are
	 * listed, as the search of the concept's words; nonsense still finds nothing, and a
	 * filter that leaves nothing is offered for removal instead.
	 */
	@Test
	void aWordNoRecordUsesListsThePracticesOfWhatItMeans() {
		JsonNode found = this.client.get("/api/practices?q=pensions").json();
		String meant = found.get("suggestion").asString();
		assertThat(found.get("meanings").valueStream().map(JsonNode::asString)).contains(meant);
		assertThat(found.get("byMeaning").asBoolean()).isTrue();
		assertThat(found.get("total").asLong() + found.get("fewer").asLong()).isPositive();
		assertThat(found.get("items").size()).isPositive();
		assertThat(this.client.get("/practices?q=pensions").body())
			.contains("No practice uses these words. Showing the practices of what they mean:")
			.contains(">" + meant + "<");
		assertThat(this.client.get("/api/practices?q=labour").json().get("byMeaning").asBoolean()).isFalse();
		assertThat(this.client.get("/api/practices?q=zebra").json().get("items").size()).isZero();
		assertThat(this.client.get("/api/practices?q=" + encode("pensions -social")).json().get("items").size())
			.isZero();
		assertThat(this.client.get("/api/practices?q=pensions&region=europe-central-asia").json().get("items").size())
			.isZero();
	}

	private static Set<Integer> numbers(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("number").asInt()).collect(Collectors.toSet());
	}

	@Test
	void theMoreDisclosureOfALongFacetSaysMoreOfWhat() {
		int organisations = this.client.get("/api/practices").json().get("facets").get("organisation").size();
		int hidden = organisations - CatalogueSearchDefinition.facet("organisation").orElseThrow().shown();
		assertThat(hidden).isPositive();
		assertThat(this.client.get("/practices").body()).contains("More partner organisations (" + hidden + ")");
		assertThat(this.client.get("/practices", "text/html", "Accept-Language", "fr").body())
			.contains("Autres organisations partenaires (" + hidden + ")");
	}

	@Test
	@Transactional
	void similarPracticesShareThemesAndText() {
		var published = this.practices.findByStatusOrderByNumber(PracticeStatus.PUBLISHED);
		var mining = published.get(9);
		assertThat(mining.getNumber()).isEqualTo(10);
		var similar = this.similarPractices.similarTo(mining, 4);
		assertThat(similar).hasSize(4)
			.extracting(SimilarPractices.Similar::slug)
			.contains(published.get(15).getSlug())
			.doesNotContain(mining.getSlug());
		String page = this.client.get("/practices/" + mining.getSlug(), "text/html").body();
		assertThat(page).contains("Similar practices").contains("/practices/" + similar.get(0).slug());
	}

	@Test
	void sortsByNumberWhenBrowsingAndByTitleOnRequest() {
		JsonNode browse = this.client.get("/api/practices?size=100").json();
		assertThat(browse.get("sort").asString()).isEqualTo("number");
		assertThat(browse.get("items").valueStream().map((item) -> item.get("number").asInt())).isSorted().hasSize(30);
		JsonNode byTitle = this.client.get("/api/practices?size=100&sort=title").json();
		List<String> titles = byTitle.get("items")
			.valueStream()
			.map((item) -> item.get("shortTitle").asString().toLowerCase())
			.toList();
		assertThat(titles).isSorted();
		assertThat(this.client.get("/api/practices?sort=sideways").status()).isEqualTo(400);
	}

	@Test
	void searchPageKeepsTheWholeStateInItsLinks() {
		String page = this.client
			.get("/practices?q=labour&region=africa&theme=labour-migration&sort=title", "text/html")
			.body();
		assertThat(page).contains("value=\"labour\"")
			.contains("href=\"/practices?q=labour&amp;theme=labour-migration&amp;sort=title\"")
			.contains("href=\"/practices?q=labour&amp;sort=title\"")
			.contains("name=\"region\" value=\"africa\" checked");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
