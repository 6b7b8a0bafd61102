package org.sstc.catalogue.practice;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quoted beginnings at the top of a practice's page: whole sentences, short, never
 * rewritten.
 */
@Tag("unit")
class PracticeInBriefTests {

	@Test
	void quotesWholeSentencesUntilThereIsEnough() {
		String first = "The initiative aimed to strengthen labour inspection in two countries.";
		String second = "It trained inspectors, drafted laws and set up a peer-learning network between the two "
				+ "ministries, with the workers' and employers' organisations at every step.";
		String third = "A third sentence that the summary does not need.";
		String quoted = PracticeInBrief.firstSentences(first + " " + second + " " + third);
		assertThat(quoted).isEqualTo(first + " " + second);
		assertThat(quoted.length()).isBetween(PracticeInBrief.ENOUGH, PracticeInBrief.MOST);
	}

	@Test
	void stopsBeforeASentenceThatWouldMakeItTooLong() {
		String first = "Short opening sentence of the objectives field.";
		String second = "Word " + "word ".repeat(100).trim() + ".";
		assertThat(PracticeInBrief.firstSentences(first + " " + second)).isEqualTo(first);
	}

	@Test
	void cutsOneVeryLongSentenceAtAWordAndSaysSo() {
		String sentence = "The programme, ".repeat(60) + "ended.";
		String quoted = PracticeInBrief.firstSentences(sentence);
		assertThat(quoted).endsWith("…").doesNotContain(",…");
		assertThat(quoted.length()).isLessThanOrEqualTo(PracticeInBrief.MOST + 1);
		assertThat(sentence).startsWith(quoted.substring(0, quoted.length() - 1));
	}

	@Test
	void readsTheWordsOfMarkdownWithoutItsMarkupOrAddresses() {
		assertThat(
				PracticeInBrief.words("It **built** a [platform](https://example.org) for:\n\n- exchanges\n- training"))
			.isEqualTo("It built a platform for: exchanges training");
	}

	@Test
	void quotesTheObjectivesAndResultsOfACuratedPractice() {
		PracticeInBrief summary = PracticeInBrief.of(practice(11));
		assertThat(summary.excerpts()).extracting(PracticeInBrief.Excerpt::section)
			.containsExactly("objectives", "results");
		PracticeInBrief.Excerpt objectives = summary.excerpts().get(0);
		assertThat(objectives.text())
			.isEqualTo("The systems of labour inspection in both Tajikistan and Uzbekistan are "
					+ "not in line with the applicable and ratified ILS, as already point out by several CEACR "
					+ "Observations and Direct Requests.");
		assertThat(objectives.anchor()).isEqualTo("objectives");
		assertThat(objectives.part()).isNull();
		assertThat(objectives.complete()).isFalse();
	}

	@Test
	void aPracticeInPartsIsQuotedFromItsFirstPartThatHasTheField() {
		PracticeInBrief summary = PracticeInBrief.of(practice(5));
		assertThat(summary.excerpts()).extracting(PracticeInBrief.Excerpt::part).containsExactly("Part I", "Part I");
		assertThat(summary.excerpts()).extracting(PracticeInBrief.Excerpt::anchor)
			.containsExactly("part-1-objectives", "part-1-results");
	}

	@Test
	void everyCuratedPracticeHasAShortSummaryQuotedWordForWord() {
		for (PracticeContent content : CuratedRecords.read("compendium-2022-2023").practices()) {
			PracticeInBrief summary = PracticeInBrief.of(Practice.draft(null, content));
			assertThat(summary.excerpts()).as("good practice %d", content.number()).isNotEmpty();
			summary.excerpts().forEach((excerpt) -> {
				assertThat(excerpt.text().length()).as("good practice %d", content.number())
					.isBetween(20, PracticeInBrief.MOST + 1);
				String quoted = excerpt.complete() ? excerpt.text() : excerpt.text().replaceAll("…$", "");
				String field = PracticeInBrief.words(field(Practice.draft(null, content), excerpt));
				assertThat(field).as("good practice %d quoted as written", content.number()).startsWith(quoted);
			});
		}
	}

	private static Practice practice(int number) {
		return Practice.draft(null,
				CuratedRecords.read("compendium-2022-2023")
					.practices()
					.stream()
					.filter((content) -> content.number() == number)
					.findFirst()
					.orElseThrow());
	}

	private static String field(Practice practice, PracticeInBrief.Excerpt excerpt) {
		PracticeBody body = (excerpt.part() == null) ? practice.getBody()
				: practice.getParts()
					.stream()
					.filter((part) -> part.label().equals(excerpt.part()))
					.findFirst()
					.orElseThrow()
					.body();
		return PracticeBody.SECTIONS.stream()
			.filter((section) -> section.name().equals(excerpt.section()))
			.findFirst()
			.orElseThrow()
			.text(body);
	}

}
