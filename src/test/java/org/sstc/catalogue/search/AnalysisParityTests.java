package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnOpenSearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English analysis that OpenSearch applies to the practices' text
 * ({@link CatalogueElasticsearchAnalysisConfigurer}) gives the very words that the Lucene
 * analysis gives ({@link SearchAnalysis}): folding, possessives, stop words, stemming and
 * its overrides, on text the records hold.
 */
@CatalogueTest
@OnOpenSearch
class AnalysisParityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SearchProperties properties;

	@ParameterizedTest
	@ValueSource(strings = { "Côte d’Ivoire and São Tomé's employers' organisations",
			"Employers and employment: the employer's role in employing young people",
			"Children working on cotton farms; child labour in Uzbekistan",
			"Occupational safety and health (OSH) in the CPLP's Portuguese-speaking countries",
			"South-South and triangular cooperation, 2022-2023 biennium, ILO/ITC-ILO",
			"Apprenticeships, TVET and competency certification for NEETs" })
	void openSearchAnalysesTextIntoTheWordsLuceneDoes(String text) {
		assertThat(openSearch(SearchAnalyzers.ENGLISH, text)).isEqualTo(lucene(text));
	}

	private static List<String> lucene(String text) {
		Analyzer analyzer = SearchAnalysis.sharedEnglish();
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private List<String> openSearch(String analyzer, String text) {
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("analyzer", analyzer).put("text", text);
		String index = this.properties.opensearch().indexPrefix() + PracticeSearchMapping.INDEX + "-read";
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(this.properties.opensearch().uris().get(0) + "/" + index + "/_analyze"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			List<String> tokens = new ArrayList<>();
			for (JsonNode token : JSON.readTree(response.body()).get("tokens")) {
				tokens.add(token.get("token").asString());
			}
			return tokens;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
