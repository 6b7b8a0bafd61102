package org.sstc.catalogue.system;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a 4xx with a message whatever the client accepts, and leaves no stack
 * trace in the log. Before, an API error could not be written for a client that accepted
 * only HTML or images, so a bad parameter became a 500 and a stack trace.
 */
@CatalogueTest
@ExtendWith(OutputCaptureExtension.class)
class BadRequestTests extends CatalogueHttpTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] ACCEPTS = { "text/html", "image/png", "application/xml", "application/json", "*/*",
			"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

	static Stream<Arguments> badApiParameters() {
		return Stream.of(ACCEPTS)
			.flatMap((accept) -> Stream
				.of("size=abc", "region=nowhere", "page=99999999999", "sort=sideways", "country=Atlantis",
						"size=abc&size=10")
				.map((query) -> Arguments.of(query, accept)));
	}

	@ParameterizedTest
	@MethodSource("badApiParameters")
	void theApiAnswersABadParameterWithA400InJsonWhateverTheClientAccepts(String query, String accept,
			CapturedOutput log) {
		CatalogueClient.Response response = this.client.get("/api/practices?" + query, accept);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().get("status").asInt()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).contains(query.substring(0, query.indexOf('=')));
		assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/practices?q=%zz", "/api/practices?q=%C3%28", "/api/practices/no-such-practice",
			"/api/no-such-resource" })
	void theApiAnswersOtherBadRequestsWithA4xxInJsonWhateverTheClientAccepts(String path, CapturedOutput log) {
		for (String accept : ACCEPTS) {
			RawHttp.Response response = RawHttp.get(this.port, path, accept);
			assertThat(response.status()).as(accept).isBetween(400, 404);
			assertThat(response.headers().get("content-type")).as(accept).startsWith("application/json");
			JsonNode error = JSON.readTree(response.body());
			assertThat(error.get("status").asInt()).isEqualTo(response.status());
			assertThat(error.get("message").asString()).isNotBlank();
		}
		assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain("Exception");
	}

	@Test
	void theApiSaysItAnswersInJsonOnlyToAClientThatAcceptsNoJson() {
		CatalogueClient.Response response = this.client.get("/api/practices?region=africa", "image/png");
		assertThat(response.status()).isEqualTo(406);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().get("message").asString()).contains("application/json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/practices?size=abc", "/practices?region=nowhere", "/practices?page=99999999999",
			"/practices?q=%zz", "/practices?q=%C3%28", "/no-such-page" })
	void pagesAnswerBadRequestsWithA4xxWhateverTheClientAccepts(String path, CapturedOutput log) {
		for (String accept : ACCEPTS) {
			RawHttp.Response response = RawHttp.get(this.port, path, accept);
			assertThat(response.status()).as(accept).isBetween(400, 404);
			assertThat(response.body()).as(accept).isNotBlank().doesNotContain("Exception");
		}
		assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain("Exception");
	}

}
