package org.sstc.catalogue.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the words of a search box become the query. */
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

}
