package org.sstc.catalogue.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an export of a whole result set lists ({@link PracticeSearch#listed}) is read from
 * the index in one query a tier, not page after page: it must be the search's pages of a
 * hundred to the letter, tiers and the passages' reranking included, on either backend
 * (OpenSearch answers a listing through its scroll).
 */
@CatalogueTest
@OnEitherSearchBackend
class ListedPracticesTests {

	@Autowired
	private PracticeSearch search;

	@Autowired
	private PracticePassages passages;

	@BeforeEach
	void passagesRead() {
		// rankings change while the passages arrive after the start
		await().atMost(Duration.ofMinutes(2)).until(this.passages::ready);
	}

	@Test
	void theListingIsTheSearchsPagesInTheirOrder() throws IOException {
		String[][] variants = { {}, { "sort", "title" }, { "sort", "number" }, { "region", "africa" },
				{ "not-theme", "labour-migration" } };
		int listed = 0;
		int tiered = 0;
		int reranked = 0;
		for (String text : JudgedQueries.all()) {
			for (String[] variant : variants) {
				MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
				parameters.add("q", text);
				if (variant.length > 0) {
					parameters.add(variant[0], variant[1]);
				}
				SearchQuery query = SearchQuery.from(parameters, 20);
				SearchResults.Page page = this.search
					.search(query.withPage(1, CatalogueSearchDefinition.MAX_PAGE_SIZE));
				List<Long> expected = page.hits().stream().map((hit) -> hit.practice().id()).toList();
				List<List<Long>> chunks = new ArrayList<>();
				this.search.listed(query).forEachChunk(chunks::add);
				assertThat(chunks.stream().flatMap(List::stream).toList()).as(query.toQueryString())
					.containsExactlyElementsOf(expected);
				listed += expected.isEmpty() ? 0 : 1;
				tiered += (page.fewer() > 0 && page.total() > 0) ? 1 : 0;
				reranked += page.hits().stream().anyMatch((hit) -> hit.nearestPassage() != null) ? 1 : 0;
			}
		}
		// the sample meets both tiers on one page, and pages reranked by the passages
		assertThat(listed).isGreaterThan(300);
		assertThat(tiered).isGreaterThan(30);
		assertThat(reranked).isGreaterThan(10);
	}

	@Test
	void aSearchWithNoResultListsNothing() {
		SearchQuery query = SearchQuery.empty(20).withText("zzxqvw qqzxvw");
		assertThat(this.search.search(query).listed()).isZero();
		List<List<Long>> chunks = new ArrayList<>();
		this.search.listed(query).forEachChunk(chunks::add);
		assertThat(chunks).isEmpty();
	}

}
