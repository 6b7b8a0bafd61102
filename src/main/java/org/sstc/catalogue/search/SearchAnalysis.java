package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

import org.springframework.stereotype.Component;

/**
 * The catalogue's English analysis, defined once: the Lucene index uses it for its prose
 * fields ({@link CatalogueAnalysisConfigurer}), and snippets use it to find the words a
 * search matched. OpenSearch builds the same chain from the same word list
 * ({@link CatalogueElasticsearchAnalysisConfigurer}).
 */
@Component
class SearchAnalysis {

	/**
	 * Words that Porter stemming would merge with words of another meaning, and the stem
	 * each takes instead.
	 */
	static final String STEM_OVERRIDES = "search/stem-overrides.txt";

	private static final Analyzer ENGLISH = english(new ClasspathResourceLoader(SearchAnalysis.class.getClassLoader()));

	Analyzer english() {
		return ENGLISH;
	}

	static Analyzer sharedEnglish() {
		return ENGLISH;
	}

	/**
	 * The stem overrides, word to stem, as the file lists them ({@code word<TAB>stem}).
	 */
	static Map<String, String> stemOverrides() {
		try (InputStream in = SearchAnalysis.class.getClassLoader().getResourceAsStream(STEM_OVERRIDES)) {
			if (in == null) {
				throw new IOException("not found");
			}
			Map<String, String> overrides = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] columns = line.split("\t");
				if (!line.startsWith("#") && columns.length == 2) {
					overrides.put(columns[0].strip(), columns[1].strip());
				}
			}
			return overrides;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + STEM_OVERRIDES, ex);
		}
	}

	/**
	 * Prose: words folded to ASCII and lower case, possessives and English stop words
	 * removed ("for", "and", "the" would match every practice and light up every
	 * snippet), Porter stemming except where the overrides keep words apart ("employers"
	 * and "employment" would both become "employ").
	 */
	private static Analyzer english(ClasspathResourceLoader resources) {
		try {
			return CustomAnalyzer.builder(resources)
				.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.addTokenFilter(EnglishPossessiveFilterFactory.class)
				.addTokenFilter(StopFilterFactory.class)
				.addTokenFilter(StemmerOverrideFilterFactory.class, "dictionary", STEM_OVERRIDES)
				.addTokenFilter(PorterStemFilterFactory.class)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + STEM_OVERRIDES, ex);
		}
	}

}
