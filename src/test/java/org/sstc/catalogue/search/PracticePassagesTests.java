package org.sstc.catalogue.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a practice's own passages rank a long query: cut into sentences and paragraphs, and
 * fused with the words' order as a gentle second opinion.
 */
@Tag("unit")
class PracticePassagesTests {

	@Test
	void textsAreCutIntoParagraphsAndSentencesLeavingOutHeadings() {
		assertThat(PracticePassages.passagesOf("""
				Objectives

				The project trained labour inspectors in three countries. It also wrote a guide for them; \
				the guide is used in the region today.""")).containsExactly(
				"The project trained labour inspectors in three countries.",
				"It also wrote a guide for them; the guide is used in the region today.");
		assertThat(PracticePassages.passagesOf(null)).isEmpty();
	}

	@Test
	void aNearPassageLiftsAPracticeOnePlaceButNotOverTheWordsClearChoice() {
		List<SearchResults.Hit> hits = List.of(hit(1), hit(2), hit(3));
		Map<Long, PracticePassages.Near> nearness = Map.of(1L, near(0.1), 2L, near(0.2), 3L, near(0.7));
		assertThat(PracticePassages.reranked(hits, 0, nearness)).extracting((hit) -> hit.practice().id())
			.containsExactly(1L, 3L, 2L);
		assertThat(PracticePassages.reranked(hits, 0, nearness).get(1).nearestPassage())
			.as("a passage near enough is shown: it says why")
			.isEqualTo("passage 0.7");
		assertThat(PracticePassages.reranked(hits, 0, nearness).get(0).nearestPassage()).isNull();
	}

	@Test
	void passagesThatAreNotNearEnoughChangeNothing() {
		List<SearchResults.Hit> hits = List.of(hit(1), hit(2), hit(3));
		assertThat(PracticePassages.reranked(hits, 0, Map.of(1L, near(0.1), 2L, near(0.2), 3L, near(0.3))))
			.isEqualTo(hits);
		assertThat(PracticePassages.reranked(hits, 0, Map.of())).isEqualTo(hits);
	}

	private static PracticePassages.Near near(double similarity) {
		return new PracticePassages.Near(similarity, "passage " + similarity);
	}

	private static SearchResults.Hit hit(long id) {
		return new SearchResults.Hit(new PracticeSummary(id, (int) id, "p" + id, "P" + id, "Practice " + id, null,
				false, List.of(), List.of(), List.of(), null), 1f, Map.of(), null, false);
	}

}
