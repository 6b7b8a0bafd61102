package org.sstc.catalogue.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a person types into the search box gets results or an empty result, never an
 * error.
 */
@CatalogueTest
@OnEitherSearchBackend
class SearchInputTests extends CatalogueHttpTest {

	@Autowired
	JdbcTemplate jdbc;

	static Stream<String> awkwardInput() {
		return Stream.of("\"", "\"\"", "\"labour", "labour\"", "AND", "OR", "NOT", "labour AND OR NOT", "AND OR", "*",
				"**", "-", "--", "-*", "+", "++labour", "(", ")", "((labour)", "[labour]", "{}", "labour~2", "labour^3",
				"title:labour", "\\", "\\\"", "/", "|", "||", "&&", "!", "!labour", "~", "^", ":", "?", "la?our", "l*r",
				"*labour*", "😀", "labour 😀 inspection", "\u0000", "labour\u0007\u001b[31m", "\u202Elabour",
				"<script>alert(1)</script>", "' OR 1=1 --", "%", "%25", "labour%inspection", "Côte d’Ivoire", "ÇÔTÉ",
				"日本語", "العمل", "a".repeat(5000), "labour ".repeat(1000),
				"\"labour inspection\" -\"child labour\" apprentic* (OSH OR TVET) NOT migration",
				"osh tvet sstc ssc cplp palop sids ldc ebmo rbtc mena gcc brics rec".repeat(20), "   ", "\t\n");
	}

	@ParameterizedTest
	@MethodSource("awkwardInput")
	void apiAnswersAnyInput(String input) {
		CatalogueClient.Response response = this.client.get("/api/practices?q=" + encode(input));
		assertThat(response.status()).isEqualTo(200);
		JsonNode result = response.json();
		assertThat(result.get("total").asLong()).isBetween(0L, 30L);
		assertThat(result.get("items").size()).isLessThanOrEqualTo(20);
	}

	@ParameterizedTest
	@MethodSource("awkwardInput")
	void pageAnswersAnyInputAndKeepsItInert(String input) {
		CatalogueClient.Response response = this.client.get("/practices?q=" + encode(input), "text/html");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("Exception");
	}

	@ParameterizedTest
	@MethodSource("awkwardInput")
	void suggestionsAnswerAnyInput(String input) {
		CatalogueClient.Response response = this.client.get("/api/suggest?q=" + encode(input));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().isArray()).isTrue();
	}

	@Test
	void quotedPhraseMatchesTheWordsTogether() {
		List<Integer> phrase = numbers("/api/practices?size=100&q=" + encode("\"child labour\""));
		Long withPhrase = this.jdbc.queryForObject("""
				select count(*) from practice where status = 'PUBLISHED' and concat_ws(' ', objectives, cooperation,
				    peer_learning, innovation, sustainability, adaptability, results, title, short_title, materials,
				    funding, contact_details, countries_involved, parts::text) ~* 'child[^a-z]+(labour|labor)'""",
				Long.class);
		assertThat(phrase).hasSize(withPhrase.intValue()).contains(19, 17);
	}

	@Test
	void minusExcludesAWord() {
		List<Integer> all = numbers("/api/practices?size=100&q=labour");
		List<Integer> withoutMigration = numbers("/api/practices?size=100&q=" + encode("labour -migration"));
		assertThat(all).contains(1, 2);
		assertThat(withoutMigration).isNotEmpty().doesNotContain(1, 2);
		assertThat(all).containsAll(withoutMigration);
	}

	@Test
	void exclusionAloneListsEveryOtherPractice() {
		List<Integer> withMigration = numbers("/api/practices?size=100&q=migration");
		List<Integer> withoutMigration = numbers("/api/practices?size=100&q=" + encode("-migration"));
		assertThat(withoutMigration).hasSize(30 - withMigration.size()).doesNotContainAnyElementsOf(withMigration);
	}

	@Test
	void starMatchesWordBeginnings() {
		assertThat(numbers("/api/practices?q=" + encode("apprentic*"))).first().isEqualTo(7);
	}

	private List<Integer> numbers(String url) {
		return this.client.get(url)
			.json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("number").asInt())
			.toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
