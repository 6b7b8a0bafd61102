package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The search judged against six readers' judgments:
 * {@code search/relevance-judgments.yml} (queries people type: topics, acronyms,
 * countries, organisations, misspellings, questions, each with the practices that must
 * come first) and two sets judged independently by other readers, without must-haves
 * ({@code -second-reader.yml}, 98 queries; {@code -third-reader.yml}, 60 queries;
 * {@code -fourth-reader.yml}, {@code -fifth-reader.yml} and {@code -sixth-reader.yml}, 30
 * harder queries each). Computes precision at 5, recall at 10 and nDCG at 10 over each
 * set; the thresholds and the figures measured are in the README.
 */
@CatalogueTest
@OnEitherSearchBackend
class SearchRelevanceTests {

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticePassages passages;

	@BeforeEach
	void awaitThePassages() {
		// embedded in the background after start-up: rankings are measured once they are
		await().atMost(Duration.ofMinutes(2)).until(this.passages::ready);
	}

	/**
	 * @param top5 relevant (gain 2) and required in the top 5
	 * @param top10 relevant (gain 1) and required in the top 10
	 * @param mainly relevant (gain 2), required nowhere
	 * @param partly partly relevant (gain 1), required nowhere
	 */
	record Judgment(String query, List<Integer> top5, List<Integer> top10, List<Integer> mainly, List<Integer> partly) {

		Judgment {
			top5 = (top5 != null) ? top5 : List.of();
			top10 = (top10 != null) ? top10 : List.of();
			mainly = (mainly != null) ? mainly : List.of();
			partly = (partly != null) ? partly : List.of();
		}

		Map<Integer, Integer> gains() {
			Map<Integer, Integer> gains = new HashMap<>();
			this.partly.forEach((number) -> gains.put(number, 1));
			this.top10.forEach((number) -> gains.put(number, 1));
			this.mainly.forEach((number) -> gains.put(number, 2));
			this.top5.forEach((number) -> gains.put(number, 2));
			return gains;
		}

	}

	/**
	 * Each set with its minimum mean nDCG@10, P@5 and R@10 (why these: the README's
	 * Relevance section).
	 */
	static Stream<Arguments> judgmentSets() {
		return Stream.of(arguments("search/relevance-judgments.yml", 0.95, 0.95, 0.97),
				arguments("search/relevance-judgments-second-reader.yml", 0.95, 0.93, 0.96),
				arguments("search/relevance-judgments-third-reader.yml", 0.93, 0.90, 0.93),
				arguments("search/relevance-judgments-fourth-reader.yml", 0.92, 0.90, 0.95),
				arguments("search/relevance-judgments-fifth-reader.yml", 0.92, 0.90, 0.95),
				arguments("search/relevance-judgments-sixth-reader.yml", 0.92, 0.90, 0.95));
	}

	record Measure(String query, List<Integer> ranking, double precisionAt5, double recallAt10, double ndcgAt10,
			List<Integer> missingFromTop5, List<Integer> missingFromTop10) {
	}

	@ParameterizedTest
	@MethodSource("judgmentSets")
	void searchRanksTheJudgedPracticesFirst(String file, double minNdcg, double minPrecision, double minRecall)
			throws IOException {
		List<Judgment> judgments = judgments(file);
		assertThat(judgments).hasSizeGreaterThanOrEqualTo(30);
		List<Measure> measures = new ArrayList<>();
		for (Judgment judgment : judgments) {
			measures.add(measure(judgment));
		}
		report(file, measures);

		double ndcg = measures.stream().mapToDouble(Measure::ndcgAt10).average().orElse(0);
		double precision = measures.stream().mapToDouble(Measure::precisionAt5).average().orElse(0);
		double recall = measures.stream().mapToDouble(Measure::recallAt10).average().orElse(0);
		assertThat(measures).allSatisfy((measure) -> {
			assertThat(measure.missingFromTop5())
				.as("must be in the top 5 for '%s' (got %s)", measure.query(), measure.ranking())
				.isEmpty();
			assertThat(measure.missingFromTop10())
				.as("must be in the top 10 for '%s' (got %s)", measure.query(), measure.ranking())
				.isEmpty();
		});
		assertThat(ndcg).as("mean nDCG@10").isGreaterThanOrEqualTo(minNdcg);
		assertThat(precision).as("mean P@5").isGreaterThanOrEqualTo(minPrecision);
		assertThat(recall).as("mean R@10").isGreaterThanOrEqualTo(minRecall);
	}

	private Measure measure(Judgment judgment) {
		SearchQuery query = SearchQuery.empty(10).withText(judgment.query());
		List<Integer> ranking = this.search.search(query)
			.hits()
			.stream()
			.map((hit) -> hit.practice().number())
			.toList();
		Map<Integer, Integer> gains = judgment.gains();
		List<Integer> top5 = ranking.subList(0, Math.min(5, ranking.size()));
		long relevantInTop5 = top5.stream().filter(gains::containsKey).count();
		long relevantInTop10 = ranking.stream().filter(gains::containsKey).count();
		double precisionAt5 = relevantInTop5 / (double) Math.min(5, gains.size());
		double recallAt10 = relevantInTop10 / (double) gains.size();
		return new Measure(judgment.query(), ranking, precisionAt5, recallAt10, ndcg(ranking, gains),
				judgment.top5().stream().filter((number) -> !top5.contains(number)).toList(),
				judgment.top10().stream().filter((number) -> !ranking.contains(number)).toList());
	}

	/** nDCG at 10 with gains 2 and 1 and the usual log2 discount. */
	static double ndcg(List<Integer> ranking, Map<Integer, Integer> gains) {
		double dcg = 0;
		for (int i = 0; i < Math.min(10, ranking.size()); i++) {
			dcg += gains.getOrDefault(ranking.get(i), 0) / log2(i + 2);
		}
		List<Integer> ideal = gains.values().stream().sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(10, ideal.size()); i++) {
			idcg += ideal.get(i) / log2(i + 2);
		}
		return (idcg == 0) ? 1 : dcg / idcg;
	}

	private static double log2(double value) {
		return Math.log(value) / Math.log(2);
	}

	private static void report(String file, List<Measure> measures) {
		StringBuilder report = new StringBuilder(
				"\nRelevance against " + file + " (P@5 is capped by the number of relevant practices)\n");
		for (Measure measure : measures) {
			report.append(String.format("%-55s P@5 %.2f  R@10 %.2f  nDCG@10 %.3f  %s%n", measure.query(),
					measure.precisionAt5(), measure.recallAt10(), measure.ndcgAt10(), measure.ranking()));
		}
		report.append(String.format("MEAN %d queries: P@5 %.3f  R@10 %.3f  nDCG@10 %.3f%n", measures.size(),
				measures.stream().mapToDouble(Measure::precisionAt5).average().orElse(0),
				measures.stream().mapToDouble(Measure::recallAt10).average().orElse(0),
				measures.stream().mapToDouble(Measure::ndcgAt10).average().orElse(0)));
		System.out.println(report);
	}

	private static List<Judgment> judgments(String file) throws IOException {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, new TypeReference<List<Judgment>>() {
			});
		}
	}

}
