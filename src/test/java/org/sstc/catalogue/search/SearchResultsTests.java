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
		assertThat(page(10_000, 250).pageNumbers()).isEqualTo(Arrays.asList(1, null, 248, 249, 250, 251, 252, null, 500));
		assertThat(page(10_000, 1).pageNumbers()).isEqualTo(Arrays.asList(1, 2, 3, null, 500));
		assertThat(page(60, 2).pageNumbers()).containsExactly(1, 2, 3);
	}

	private static SearchResults.Page page(long total, int page) {
		return new SearchResults.Page(SearchQuery.empty(20).withPage(page), null, total, 0, List.of(), List.of(),
				SearchResults.Help.NONE);
	}

}
