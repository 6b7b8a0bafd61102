package org.sstc.catalogue.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spelling correction over the vocabulary of an index whose spelling field holds the
 * practices' words, as the catalogue's index does: typos are corrected, real words and
 * curated terms are left alone.
 */
@Tag("unit")
class SpellingCorrectorTests {

	private static final SpellingCorrector corrector = new SpellingCorrector(new Synonyms(), new EnglishWords(),
			new SearchProperties(false, Duration.ofSeconds(30), null, SearchProperties.Backend.LUCENE,
					new SearchProperties.OpenSearch(List.of(), "2.19", ""), null,
					new SearchProperties.Meanings(false, 0.5, 0.08, 2, 2f, 1000), null,
					new SearchProperties.Admission(0, Duration.ofSeconds(10))));

	private static Directory index;

	private static DirectoryReader reader;

	@BeforeAll
	static void indexSomePractices() throws IOException {
		index = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (String words : new String[] { "labour inspection system tajikistan uzbekistan romania",
					"apprenticeships skills ethiopia china india", "unemployment insurance brazil argentina",
					"cotton uzbekistan child labour" }) {
				Document practice = new Document();
				practice.add(new TextField(PracticeFields.SPELLING, words, Field.Store.NO));
				writer.addDocument(practice);
			}
		}
		reader = DirectoryReader.open(index);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		index.close();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "labour inspecton, inspecton, inspection", "uzbekstan cotton, uzbekstan, uzbekistan",
			"aprenticeships, aprenticeships, apprenticeships", "unemployement insurance, unemployement, unemployment" })
	void aWordNoPracticeContainsIsCorrectedToTheClosestOneThatDoes(String query, String typo, String correction)
			throws IOException {
		assertThat(corrector.corrections(QueryText.parse(query), reader)).containsExactly(Map.entry(typo, correction));
	}

	@ParameterizedTest
	@ValueSource(strings = { "stop children working on cotton farms", "labour inspection", "OSH tvet", "ilo abc" })
	void realWordsCuratedTermsKnownWordsAndShortWordsAreLeftAlone(String query) throws IOException {
		assertThat(corrector.corrections(QueryText.parse(query), reader)).isEmpty();
	}

}
