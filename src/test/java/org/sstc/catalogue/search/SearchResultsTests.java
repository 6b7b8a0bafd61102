package org.sstc.catalogue.search;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("unit")
class SearchResultsTests {

	@Test
	void paginationLinksTheEndsAndTheNeighboursOfTheCurrentPageOnly() {
		assertThat(page(10_000, 50).pageNumbers()).isEqualTo(Arrays.asList(1, null, 48, 49, 50, 51, 52, null, 100));
		assertThat(page(10_000, 1).pageNumbers()).isEqualTo(Arrays.asList(1, 2, 3, null, 100));
		assertThat(page(60, 2).pageNumbers()).containsExactly(1, 2, 3);
	}

	@Test
	void linksNoPageBeyondTheLastThatCanBeAskedFor() {
		assertThat(page(10_000, 100).pageCount()).isEqualTo(CatalogueSearchDefinition.MAX_PAGE);
		assertThat(page(10_000, 100).hasNext()).isFalse();
	}

	private static SearchResults.Page page(long total, int page) {
		return new SearchResults.Page(SearchQuery.empty(20).withPage(page), null, false, List.of(), total, 0, List.of(),
				List.of(), SearchResults.Help.NONE);
	}

}
