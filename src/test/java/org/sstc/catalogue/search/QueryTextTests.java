package org.sstc.catalogue.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** How the words of a search box become the query. */
@Tag("unit")
class QueryTextTests {

	@Test
	void questionWordsAreLeftOutWhenTheQuestionHasOtherWords() {
		QueryText text = QueryText.parse("How did countries share experience on unemployment insurance?");
		assertThat(text.terms()).containsExactly("countries", "share", "experience", "on", "unemployment", "insurance");
		assertThat(text.phrase()).isEqualTo("countries share experience on unemployment insurance");
	}

	@Test
	void aQueryOfNothingButQuestionWordsSearchesThem() {
		assertThat(QueryText.parse("Who?").terms()).containsExactly("who");
		assertThat(QueryText.parse("what has been done").terms()).containsExactly("what", "has", "been", "done");
	}

	@Test
	void aQuotedPhraseKeepsItsQuestionWords() {
		assertThat(QueryText.parse("\"what works\" youth").terms()).containsExactly("\"what works\"", "youth");
	}

	@ParameterizedTest(name = "{0} → terms {1}, exclusions {2}")
	@MethodSource("typedQueries")
	void whatPeopleTypeBecomesTermsAndExclusions(String typed, List<String> terms, List<String> exclusions) {
		QueryText text = QueryText.parse(typed);
		assertThat(text.terms()).containsExactlyElementsOf(terms);
		assertThat(text.exclusions()).containsExactlyElementsOf(exclusions);
	}

	static Stream<Arguments> typedQueries() {
		return Stream.of(arguments("labour inspection", List.of("labour", "inspection"), List.of()),
				arguments("\"labour inspection\" Africa", List.of("\"labour inspection\"", "africa"), List.of()),
				arguments("youth -Africa", List.of("youth"), List.of("africa")),
				arguments("youth NOT \"South Africa\"", List.of("youth"), List.of("\"south africa\"")),
				arguments("migra* workers", List.of("migra*", "workers"), List.of()),
				arguments("peer-learning", List.of("\"peer-learning\""), List.of()),
				arguments("OSH AND Brazil OR Chile", List.of("osh", "brazil", "chile"), List.of()),
				arguments("\"unbalanced quote", List.of("unbalanced", "quote"), List.of()),
				arguments("(((brackets))) [and] {braces}", List.of("brackets", "and", "braces"), List.of()),
				arguments("emoji 🌍 and\u0000control", List.of("emoji", "and", "control"), List.of()),
				arguments("Côte d’Ivoire", List.of("côte", "d'ivoire"), List.of()),
				arguments("   ", List.of(), List.of()));
	}

	@Test
	void aLongPasteKeepsItsFirstSixteenTerms() {
		String paste = String.join(" ", Collections.nCopies(40, "word")) + " "
				+ IntStream.range(0, 40).mapToObj((i) -> "w" + i).collect(Collectors.joining(" "));
		QueryText text = QueryText.parse(paste);
		assertThat(text.terms().size() + text.exclusions().size()).isLessThanOrEqualTo(16);
		assertThat(text.terms()).startsWith("word", "w0", "w1");
	}

	@Test
	void spellingReplacesWordsInTermsWordsAndPhrase() {
		QueryText corrected = QueryText.parse("labour inspecton").replacingWords(Map.of("inspecton", "inspection"));
		assertThat(corrected.terms()).containsExactly("labour", "inspection");
		assertThat(corrected.phrase()).isEqualTo("labour inspection");
		assertThat(corrected.display()).isEqualTo("labour inspection");
	}

}
