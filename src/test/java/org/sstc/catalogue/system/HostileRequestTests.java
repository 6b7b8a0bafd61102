package org.sstc.catalogue.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * What a hostile or careless client sends, found by probing the running catalogue: each
 * gets a clear 4xx or a well-formed answer, never a 500, an unreadable document or a
 * stack trace in the log.
 */
@CatalogueTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/gp/compendium-2022-2023/1?x=%FF", "/gp/compendium-2022-2023/1?lang=%C0%AF",
			"/practices?q=%C0%AF", "/oai?verb=%FF", "/robots.txt?x=%FF", "/login?x=%FF" })
	void parametersThatAreNotUtf8AreRefusedWithoutAnErrorInTheLog(String target, CapturedOutput output) {
		int logged = output.getOut().length();
		RawHttp.Response response = RawHttp.get(this.port, target, "*/*");

		assertThat(response.status()).as(target).isEqualTo(400);
		assertPlainRefusal(response, "cannot be read");
		assertThat(output.getOut().substring(logged)).as("the log").doesNotContain(" ERROR ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/oai", "/login", "/contribute/submissions/word" })
	void aMalformedMultipartBodyIsRefused(String path, CapturedOutput output) {
		int logged = output.getOut().length();
		String body = "--XX\r\ngarbage";
		RawHttp.Response response = RawHttp.send(this.port,
				"POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ "Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: " + body.length()
						+ "\r\n\r\n" + body);

		assertThat(response.status()).as(path).isEqualTo(400);
		assertPlainRefusal(response, "cannot be read");
		assertThat(output.getOut().substring(logged)).as("the log").doesNotContain(" ERROR ");
	}

	@Test
	void controlCharactersInAQueryLeaveTheFeedReadable() {
		RawHttp.Response feed = RawHttp.get(this.port, "/practices.atom?q=labour%00%01%1B%EF%BF%BF", "*/*");

		assertThat(feed.status()).isEqualTo(200);
		assertWellFormed(feed.body());
		assertThat(feed.body()).contains("labour");
	}

	@Test
	void controlCharactersInOaiArgumentsLeaveTheAnswerReadable() {
		for (String target : new String[] { "/oai?verb=ListRecords&metadataPrefix=%01",
				"/oai?verb=GetRecord&identifier=%01&metadataPrefix=oai_dc", "/oai?verb=%01",
				"/oai?verb=ListRecords&resumptionToken=%01%02" }) {
			RawHttp.Response answer = RawHttp.get(this.port, target, "*/*");
			assertThat(answer.status()).as(target).isEqualTo(200);
			assertWellFormed(answer.body());
			assertThat(answer.body()).as(target).contains("<error code=\"");
		}
	}

	@Test
	void theErrorAddressAskedForByItselfIsNotFound() {
		assertThat(RawHttp.get(this.port, "/error", "text/html").status()).isEqualTo(404);
		RawHttp.Response json = RawHttp.get(this.port, "/error", "application/json");
		assertThat(json.status()).isEqualTo(404);
		assertThat(json.body()).contains("\"status\":404");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/practices.atom?region=zzz", "/practices.json?region=zzz", "/practices/x.xml",
			"/practices/x.css", "/practices/facets/x.rss" })
	void errorPagesAreHtmlWhateverTheAddressEndsWith(String target) {
		RawHttp.Response page = RawHttp.get(this.port, target, "*/*");

		assertThat(page.status()).as(target).isBetween(400, 404);
		assertThat(page.headers().get("content-type")).as(target).startsWith("text/html");
	}

	@Test
	void theBlankTemplatesHeadersAreForAnyoneAsItIs() {
		RawHttp.Response head = RawHttp.send(this.port,
				"HEAD /contribute/template.docx HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(head.status()).isEqualTo(200);
	}

	@Test
	void redirectsNeverTakeTheAddressOfAForgedHost() {
		RawHttp.Response redirect = RawHttp.send(this.port,
				"GET /admin HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.headers().get("location")).isEqualTo("/login");
	}

	private static void assertPlainRefusal(RawHttp.Response response, String says) {
		assertThat(response.headers().get("content-type")).startsWith("text/plain");
		assertThat(response.body()).startsWith(String.valueOf(response.status())).contains(says);
		SecurityHeaders.ON_EVERY_ANSWER.forEach(
				(name, value) -> assertThat(response.headers().get(name.toLowerCase(java.util.Locale.ROOT))).as(name)
					.isEqualTo(value));
	}

	private static void assertWellFormed(String xml) {
		assertThatCode(() -> DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
	}

}
