package org.sstc.catalogue.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On the embedded index a page is searched in one pass ({@link OnePassSearch}): it must
 * give what Hibernate Search's own query and aggregations give, to the letter (hits in
 * their order with their scores and snippets, totals, the practices with fewer of the
 * words, every facet's counts, each filtered facet's without its own selection).
 */
@CatalogueTest
class OnePassSearchTests {

	@Autowired
	private PracticeSearch onePass;

	@Autowired
	private IndexSearches searches;

	@Autowired
	private SearchPredicates predicates;

	@Autowired
	private SpellingCorrector spelling;

	@Autowired
	private FacetLabels labels;

	@Autowired
	private NoResultHelp noResultHelp;

	@Autowired
	private Snippets snippets;

	@Autowired
	private QueryMeanings meanings;

	@Autowired
	private PracticePassages passages;

	private PracticeSearch aggregations;

	@BeforeEach
	void bothWays() {
		// the passages rank long queries once read: both ways must meet them read
		await().atMost(Duration.ofMinutes(2)).until(this.passages::ready);
		this.aggregations = new PracticeSearch(this.searches, this.predicates, this.spelling, this.labels,
				this.noResultHelp, this.snippets, this.meanings, this.passages, null);
	}

	@Test
	void onePassGivesWhatTheAggregationsGive() throws IOException {
		List<String> queries = JudgedQueries.all();
		Random random = new Random(20261130);
		String[][] filters = { { "region", "africa" }, { "region", "americas" }, { "region", "asia-pacific" },
				{ "theme", "social-protection" }, { "theme", "skills-apprenticeships" },
				{ "theme", "child-forced-labour" }, { "country", "BR" }, { "country", "CN" },
				{ "modality", "triangular" }, { "compendium", "compendium-2022-2023" },
				{ "not-region", "europe-central-asia" }, { "not-theme", "labour-migration" } };
		String[] sorts = { "relevance", "number", "title", "updated" };
		int withHits = 0;
		int withSeveralSelections = 0;
		for (int i = 0; i < 150; i++) {
			MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
			parameters.add("q", (i % 10 == 0) ? "" : queries.get(random.nextInt(queries.size())));
			for (int f = random.nextInt(4); f > 0; f--) {
				String[] filter = filters[random.nextInt(filters.length)];
				parameters.add(filter[0], filter[1]);
			}
			if (random.nextInt(4) == 0) {
				parameters.add("sort", sorts[random.nextInt(sorts.length)]);
			}
			if (random.nextInt(3) == 0) {
				parameters.add("size", "5");
				parameters.add("page", String.valueOf(1 + random.nextInt(3)));
			}
			SearchQuery query = SearchQuery.from(parameters, 20);
			SearchResults.Page expected = this.aggregations.search(query);
			assertThat(this.onePass.search(query)).as(query.toQueryString()).isEqualTo(expected);
			withHits += expected.hits().isEmpty() ? 0 : 1;
			long facetsSelected = CatalogueSearchDefinition.FACETS.stream()
				.filter((facet) -> !query.selected(facet.name()).isEmpty())
				.count();
			withSeveralSelections += (facetsSelected >= 2) ? 1 : 0;
		}
		// the sample meets what the one pass does differently: pages of hits, and facets
		// counted without their own selection beside others counted with theirs
		assertThat(withHits).isGreaterThan(75);
		assertThat(withSeveralSelections).isGreaterThan(15);
	}

	@Test
	void aFilteredFacetIsCountedWithoutItsOwnSelectionAndTheOthersWithIt() {
		SearchQuery query = SearchQuery.empty(20)
			.withFilter("region", "africa")
			.withFilter("theme", "social-protection");
		SearchResults.Page page = this.onePass.search(query);
		long allOfAfrica = this.onePass.search(SearchQuery.empty(20).withFilter("theme", "social-protection"))
			.facets()
			.stream()
			.filter((facet) -> facet.definition().name().equals("region"))
			.flatMap((facet) -> facet.values().stream())
			.filter((value) -> value.value().equals("africa"))
			.findFirst()
			.orElseThrow()
			.count();
		SearchResults.Facet region = page.facets()
			.stream()
			.filter((facet) -> facet.definition().name().equals("region"))
			.findFirst()
			.orElseThrow();
		assertThat(region.values()).hasSizeGreaterThan(1);
		assertThat(region.values().stream().filter((value) -> value.value().equals("africa")).findFirst())
			.hasValueSatisfying((value) -> assertThat(value.count()).isEqualTo(allOfAfrica).isEqualTo(page.total()));
		assertThat(page.facets()
			.stream()
			.filter((facet) -> facet.definition().name().equals("modality"))
			.flatMap((facet) -> facet.values().stream())
			.mapToLong(SearchResults.FacetValue::count)
			.max()
			.orElseThrow()).isPositive().isLessThanOrEqualTo(page.total());
	}

}
