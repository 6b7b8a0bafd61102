package org.sstc.catalogue.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.admin.PracticeEditing;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeRepository;
import org.sstc.catalogue.search.SearchIndexRebuiltEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous readers' repeated requests answered from memory, never stale, never crossing languages or people. */
@CatalogueTest
class PublicPageCacheTests {

	private static final String SLUG = CuratedRecords.read("compendium-2022-2023").practices().get(3).slug();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeRepository practices;

	@Autowired
	TransactionTemplate transactions;

	CatalogueClient client;

	@BeforeEach
	void startFromAnEmptyCache() {
		this.client = new CatalogueClient(this.port);
		// what the rebuild of the index does: a new generation, so that earlier tests' answers are not reused
		this.events.publishEvent(new SearchIndexRebuiltEvent(0));
	}

	@AfterEach
	void publishAgain() {
		this.transactions.executeWithoutResult((status) -> this.practices.findBySlug(SLUG).ifPresent(Practice::publish));
	}

	@Test
	void aRepeatedRequestForAPublicPageOrAnswerIsServedFromTheCacheUnchanged() {
		for (String path : List.of("/", "/practices", "/practices?q=labour+inspection&region=global",
				"/practices/" + SLUG, "/api/practices?q=OSH", "/api/practices/" + SLUG, "/api/suggest?q=bra")) {
			CatalogueClient.Response first = this.client.get(path);
			CatalogueClient.Response second = this.client.get(path);
			assertThat(first.status()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue(PublicPageCache.HEADER)).as(path).contains("miss");
			assertThat(second.headers().firstValue(PublicPageCache.HEADER)).as(path).contains("hit");
			assertThat(second.body()).as(path).isEqualTo(first.body());
			assertThat(second.contentType()).as(path).isEqualTo(first.contentType());
			assertThat(second.headers().firstValue("Content-Language")).as(path)
				.isEqualTo(first.headers().firstValue("Content-Language"));
			assertThat(second.headers().firstValue("Content-Security-Policy")).as(path)
				.isEqualTo(first.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'self'"));
			assertThat(second.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
		}
	}

	@Test
	void eachInterfaceLanguageHasItsOwnAnswer() {
		String french = "Rechercher dans les pratiques";
		String spanish = "Buscar en las prácticas";
		assertThat(this.client.get("/practices", "text/html", "Accept-Language", "fr").body()).contains(french);
		CatalogueClient.Response english = this.client.get("/practices", "text/html", "Accept-Language", "en");
		assertThat(english.body()).doesNotContain(french).contains("Search the practices");
		CatalogueClient.Response frenchAgain = this.client.get("/practices", "text/html", "Accept-Language", "fr-CA");
		assertThat(frenchAgain.headers().firstValue(PublicPageCache.HEADER)).contains("hit");
		assertThat(frenchAgain.body()).contains(french);
		CatalogueClient.Response chosen = this.client.get("/practices", "text/html", "Accept-Language", "fr", "Cookie",
				LanguageConfiguration.COOKIE + "=es");
		assertThat(chosen.body()).contains(spanish).doesNotContain(french);
	}

	@Test
	void aClientThatAcceptsGzipGetsTheSameAnswerCompressed() throws Exception {
		String path = "/practices?q=social+protection";
		String plain = this.client.get(path).body();
		HttpResponse<byte[]> compressed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept-Encoding", "gzip, deflate")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(compressed.headers().firstValue(PublicPageCache.HEADER)).contains("hit");
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gunzip(compressed.body())).isEqualTo(plain);
		assertThat(this.client.get(path).body()).as("and without gzip, plain again").isEqualTo(plain);
	}

	@Test
	void aChangeMadeThroughTheStaffServiceIsSeenByTheVeryNextRequest() {
		long id = this.practices.findBySlug(SLUG).orElseThrow().getId();
		assertCached("/api/practices?size=100", "\"total\":30");
		assertCached("/practices/" + SLUG, SLUG);

		this.editing.unpublish(id);
		assertThat(this.client.get("/api/practices?size=100").body()).contains("\"total\":29");
		assertThat(this.client.get("/practices/" + SLUG).status()).isEqualTo(404);

		this.editing.publish(id);
		assertThat(this.client.get("/api/practices?size=100").body()).contains("\"total\":30");
		assertThat(this.client.get("/practices/" + SLUG).status()).isEqualTo(200);
	}

	@Test
	void aChangeWrittenStraightThroughTheRepositoryIsSeenToo() {
		assertCached("/api/practices?size=100", "\"total\":30");
		this.transactions
			.executeWithoutResult((status) -> this.practices.findBySlug(SLUG).orElseThrow().unpublish());
		assertThat(this.client.get("/api/practices?size=100").body()).contains("\"total\":29");
	}

	@Test
	void staffLanguageSwitchesAndErrorsAlwaysGoToTheApplication() {
		String path = "/practices?q=migration";
		this.client.get(path);
		CatalogueClient.Response staff = this.client.get(path, "text/html", "Cookie", "JSESSIONID=0123456789ABCDEF");
		assertThat(staff.headers().firstValue(PublicPageCache.HEADER)).isEmpty();

		CatalogueClient.Response switching = this.client.get(path + "&lang=fr");
		assertThat(switching.headers().firstValue(PublicPageCache.HEADER)).isEmpty();
		assertThat(switching.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith(LanguageConfiguration.COOKIE + "=fr"));

		for (String error : List.of("/practices/no-such-practice", "/practices?region=atlantis")) {
			this.client.get(error);
			assertThat(this.client.get(error).headers().firstValue(PublicPageCache.HEADER)).as(error).contains("miss");
		}
		this.client.get("/admin");
		assertThat(this.client.get("/admin").headers().firstValue(PublicPageCache.HEADER)).isEmpty();
	}

	private void assertCached(String path, String expected) {
		assertThat(this.client.get(path).body()).contains(expected);
		CatalogueClient.Response again = this.client.get(path);
		assertThat(again.headers().firstValue(PublicPageCache.HEADER)).as(path).contains("hit");
		assertThat(again.body()).contains(expected);
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
