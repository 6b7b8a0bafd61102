package org.sstc.catalogue.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines the analyzers named in {@link SearchAnalyzers}. Synonyms are not an analysis
 * step: {@link Synonyms} expands them in the query itself, so that a multi-word synonym
 * ("occupational safety and health" for "OSH") matches as a phrase, never as loose words,
 * and the list can change without reindexing.
 */
public class CatalogueAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchAnalyzers.ENGLISH).instance(SearchAnalysis.sharedEnglish());

		// the index binder writes each word once, separated by spaces: no need of the
		// standard tokenizer's rules
		context.analyzer(SearchAnalyzers.SPELLING)
			.custom()
			.tokenizer(WhitespaceTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);

		context.analyzer(SearchAnalyzers.AUTOCOMPLETE)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "20");

		context.analyzer(SearchAnalyzers.AUTOCOMPLETE_SEARCH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);

		context.normalizer(SearchAnalyzers.SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
