package org.sstc.catalogue.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link CatalogueAnalysisConfigurer}, under the same names and with the
 * same steps, on OpenSearch (whose {@code analysis-common} module provides the filters):
 * the stem overrides come from the same file ({@link SearchAnalysis#stemOverrides()}),
 * and synonyms and the French and Spanish vocabulary names need nothing here, since
 * {@link Synonyms} expands the query and the index binder writes the names into the text.
 */
public class CatalogueElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	private static final String POSSESSIVE = "catalogue_possessive";

	private static final String STOP = "catalogue_stop";

	private static final String STEM_OVERRIDES = "catalogue_stem_overrides";

	private static final String EDGE_NGRAM = "catalogue_edge_ngram";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		// Lucene's StopFilterFactory without a word list takes English's, which
		// OpenSearch calls _english_
		context.tokenFilter(STOP).type("stop").param("stopwords", "_english_");
		context.tokenFilter(STEM_OVERRIDES)
			.type("stemmer_override")
			.param("rules",
					SearchAnalysis.stemOverrides()
						.entrySet()
						.stream()
						.map((override) -> override.getKey() + " => " + override.getValue())
						.toArray(String[]::new));
		context.tokenFilter(EDGE_NGRAM).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

		context.analyzer(SearchAnalyzers.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", POSSESSIVE, STOP, STEM_OVERRIDES, "porter_stem");

		context.analyzer(SearchAnalyzers.SPELLING)
			.custom()
			.tokenizer("whitespace")
			.tokenFilters("lowercase", "asciifolding");

		context.analyzer(SearchAnalyzers.AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", EDGE_NGRAM);

		context.analyzer(SearchAnalyzers.AUTOCOMPLETE_SEARCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");

		context.normalizer(SearchAnalyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

}
