package org.sstc.catalogue.search;

/**
 * The names of the catalogue's analyzers and normalizers, defined by
 * {@link CatalogueAnalysisConfigurer} on Lucene and
 * {@link CatalogueElasticsearchAnalysisConfigurer} on OpenSearch.
 */
public final class SearchAnalyzers {

	/** Prose at indexing time: words folded to ASCII and lower case, stemmed. */
	public static final String ENGLISH = "english";

	/**
	 * Whole words as written (folded, not stemmed), each once per practice: the
	 * vocabulary that spelling suggestions come from.
	 */
	public static final String SPELLING = "spelling";

	/** Word prefixes, for autocompletion of titles. */
	public static final String AUTOCOMPLETE = "autocomplete";

	/** The query side of {@link #AUTOCOMPLETE}. */
	public static final String AUTOCOMPLETE_SEARCH = "autocomplete_search";

	/** Sort keys: folded and lower-cased. */
	public static final String SORT = "sort";

	private SearchAnalyzers() {
	}

}
