package org.sstc.catalogue.search;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sstc.catalogue.practice.Theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What a query means, by the real embedding model: everyday words for the vocabulary's
 * concepts reach those concepts, though no list pairs them.
 */
@Tag("unit")
class QueryMeaningsTests {

	private static final QueryMeanings meanings = new QueryMeanings(new Synonyms(),
			new SearchProperties(false, Duration.ofSeconds(30), null, SearchProperties.Backend.LUCENE,
					new SearchProperties.OpenSearch(List.of(), "2.19", ""), null,
					new SearchProperties.Meanings(true, 0.5, 0.08, 2, 2f, 1000), null,
					new SearchProperties.Admission(0, Duration.ofSeconds(10))));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			work accidents                                    | workplace safety
			pensions                                          | social security
			countries leaving the UN list of poorest nations  | least developed countries
			unfair recruitment of workers going abroad        | fair recruitment
			""")
	void everydayWordsMeanTheVocabularysConcept(String query, String concept) {
		assertThat(meant(query)).extracting(QueryMeanings.Meaning::label).contains(concept);
	}

	@Test
	void aThemeIsAMeaningThatSearchesItsPracticesByTheirTheme() {
		assertThat(meant("work accidents")).anySatisfy((meaning) -> {
			assertThat(meaning.theme()).isEqualTo(Theme.OCCUPATIONAL_SAFETY_HEALTH);
			assertThat(meaning.words()).isNull();
		});
	}

	@Test
	void aConceptSearchesItsSynonymGroup() {
		assertThat(meant("the poorest countries of the world"))
			.filteredOn((meaning) -> "least developed countries".equals(meaning.label()))
			.singleElement()
			.satisfies(
					(meaning) -> assertThat(meaning.words()).contains("ldc").contains("\"least developed countries\""));
	}

	@Test
	void wordsThatMeanNoConceptOfTheVocabularyMeanNothing() {
		assertThat(meant("petro chemical")).isEmpty();
		assertThat(meant("")).isEmpty();
	}

	@Test
	void aQueryTakesOnlyTheNearestConcepts() {
		List<QueryMeanings.Meaning> meant = meant("labour inspection");
		assertThat(meant).hasSizeLessThanOrEqualTo(2);
		assertThat(meant.get(0).similarity()).isGreaterThan(0.9);
		assertThat(meant).allSatisfy((meaning) -> assertThat(meaning.similarity()).isGreaterThan(0.9 - 0.08));
	}

	@Test
	void aQueryAskedAgainIsNotEmbeddedAgain() {
		float[] first = meanings.embedQuery("unfair recruitment of workers going abroad");
		assertThat(meanings.embedQuery(" unfair recruitment of workers going abroad ")).isSameAs(first);
		assertThat(first).containsExactly(meanings.embed("unfair recruitment of workers going abroad"), within(1e-6f));
	}

	private static List<QueryMeanings.Meaning> meant(String query) {
		return meanings.of(meanings.embed(query));
	}

}
