package org.sstc.catalogue.system;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that Tomcat rejects by itself, before any application code runs, sent over a
 * plain socket because an HTTP client refuses to send them: each answer carries the same
 * security headers as the application's answers, and a short plain body that says nothing
 * about the server.
 */
@CatalogueTest
class ContainerErrorTests {

	@LocalServerPort
	int port;

	static Stream<String> rejectedRequestLines() {
		return Stream.of("GET /% HTTP/1.1", "GET /practices/%zz HTTP/1.1", "GET /a|b HTTP/1.1",
				"GET /<script> HTTP/1.1", "GET /practices/../../etc/passwd%00 HTTP/1.1", "GET / HTTP/9.9",
				"GET /" + "a".repeat(9000) + " HTTP/1.1");
	}

	@ParameterizedTest
	@MethodSource("rejectedRequestLines")
	void rejectedRequestsCarryTheSecurityHeadersAndAPlainBody(String requestLine) {
		RawHttp.Response response = RawHttp.send(this.port,
				requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isBetween(400, 599);
		assertSecured(response);
	}

	@Test
	void aRequestWithoutHostIsRejectedWithTheSecurityHeaders() {
		RawHttp.Response response = RawHttp.send(this.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(400);
		assertSecured(response);
	}

	@Test
	void aFormOverTheSizeLimitIsRejectedWithTheSecurityHeaders() {
		String form = "q=" + "a".repeat(3 * 1024 * 1024);
		RawHttp.Response response = RawHttp.send(this.port,
				"POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
						+ "\r\n\r\n" + form);
		assertThat(response.status()).isEqualTo(413);
		assertSecured(response);
	}

	/** The headers Tomcat's answers get are those the application's own answers get. */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/practices", "/no-such-page", "/css/catalogue.css" })
	void theApplicationsAnswersCarryTheSameSecurityHeaders(String path) {
		CatalogueClient.Response response = new CatalogueClient(this.port).get(path);
		SecurityHeaders.ON_EVERY_ANSWER
			.forEach((name, value) -> assertThat(response.headers().allValues(name)).as(name + " on " + path)
				.containsExactly(value));
	}

	private static void assertSecured(RawHttp.Response response) {
		SecurityHeaders.ON_EVERY_ANSWER
			.forEach((name, value) -> assertThat(response.headers().get(name.toLowerCase(Locale.ROOT)))
				.as(name + " in\n" + response.head())
				.isEqualTo(value));
		assertThat(response.headers().get("content-type")).startsWith("text/plain");
		assertThat(response.body()).hasSizeLessThan(60)
			.startsWith(String.valueOf(response.status()))
			.doesNotContainIgnoringCase("tomcat")
			.doesNotContainIgnoringCase("apache")
			.doesNotContain("<");
	}

}
