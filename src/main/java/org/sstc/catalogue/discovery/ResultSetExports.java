package org.sstc.catalogue.discovery;

import java.util.List;
import java.util.function.Consumer;

import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.search.PracticeSearch;
import org.sstc.catalogue.search.SearchQuery;

import org.springframework.stereotype.Component;

/**
 * Every practice a search lists, whole, in the search's order, a hundred at a time: the
 * search index gives the order, PostgreSQL the records, so an export of 10,000 practices
 * holds a hundred of them in memory at once.
 */
@Component
class ResultSetExports {

	private final PracticeSearch search;

	private final PracticeCatalogue catalogue;

	ResultSetExports(PracticeSearch search, PracticeCatalogue catalogue) {
		this.search = search;
		this.catalogue = catalogue;
	}

	/**
	 * The practices a search lists. The search runs now: one that cannot run fails before
	 * anything of the export is written, and is answered with its own status and message.
	 */
	Listed listed(SearchQuery query) {
		PracticeSearch.Listing listing = this.search.listed(query);
		return (chunk) -> listing.forEachChunk((ids) -> chunk.accept(this.catalogue.findPublished(ids)));
	}

	/** Practices a search listed, read from PostgreSQL a hundred at a time. */
	@FunctionalInterface
	interface Listed {

		void forEach(Consumer<List<Practice>> chunk);

	}

}
