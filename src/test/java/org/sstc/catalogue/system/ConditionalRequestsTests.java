package org.sstc.catalogue.system;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.admin.PracticeEditing;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP caching of public answers: a browser or proxy that kept an answer asks again with
 * its ETag and gets a 304 while nothing changed, a fresh answer as soon as anything did,
 * and never another language's answer.
 */
@CatalogueTest
class ConditionalRequestsTests extends CatalogueHttpTest {

	private static final String SLUG = CuratedRecords.read("compendium-2022-2023").practices().get(3).slug();

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeRepository practices;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void publishAgain() {
		this.transactions
			.executeWithoutResult((status) -> this.practices.findBySlug(SLUG).ifPresent(Practice::publish));
	}

	@Test
	void anAnswerKeptByTheClientIsConfirmedWith304WhileNothingChanged() {
		for (String path : List.of("/", "/practices", "/practices?q=labour+inspection&region=global",
				"/practices/" + SLUG, "/api/practices?q=OSH", "/api/practices/" + SLUG, "/api/suggest?q=bra",
				"/practices.atom?q=labour", "/practices.csv?region=africa", "/practices.ris", "/practices.bib",
				"/practices.json?q=green", "/sitemap.xml", "/opensearch.xml", "/opensearch/suggestions?q=lab")) {
			CatalogueClient.Response first = this.client.get(path);
			assertThat(first.status()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue("Cache-Control")).as(path).contains("no-cache");
			String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
			CatalogueClient.Response again = this.client.get(path, "*/*", "If-None-Match", etag);
			assertThat(again.status()).as(path).isEqualTo(304);
			assertThat(again.body()).as(path).isEmpty();
			assertThat(again.headers().firstValue("ETag")).as(path).contains(etag);
			assertThat(again.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
		}
	}

	@Test
	void eachInterfaceLanguageHasItsOwnValidator() {
		CatalogueClient.Response french = this.client.get("/practices", "text/html", "Accept-Language", "fr");
		String frenchTag = french.headers().firstValue("ETag").orElseThrow();
		CatalogueClient.Response english = this.client.get("/practices", "text/html", "Accept-Language", "en",
				"If-None-Match", frenchTag);
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.body()).contains("Search the practices");
		assertThat(english.headers().allValues("Vary"))
			.anyMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-language"));
		CatalogueClient.Response chosen = this.client.get("/practices", "text/html", "Accept-Language", "fr", "Cookie",
				LanguageConfiguration.COOKIE + "=es", "If-None-Match", frenchTag);
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(chosen.body()).contains("Buscar en las prácticas");
	}

	@Test
	void aChangeMadeThroughTheStaffServiceIsSeenByTheVeryNextRequest() {
		long id = this.practices.findBySlug(SLUG).orElseThrow().getId();
		String listTag = this.client.get("/api/practices?size=100").headers().firstValue("ETag").orElseThrow();
		String pageTag = this.client.get("/practices/" + SLUG).headers().firstValue("ETag").orElseThrow();

		this.editing.unpublish(id);
		CatalogueClient.Response list = this.client.get("/api/practices?size=100", "*/*", "If-None-Match", listTag);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("\"total\":29");
		assertThat(this.client.get("/practices/" + SLUG, "*/*", "If-None-Match", pageTag).status()).isEqualTo(404);

		this.editing.publish(id);
		assertThat(this.client.get("/api/practices?size=100").body()).contains("\"total\":30");
	}

	@Test
	void aChangeWrittenStraightThroughTheRepositoryIsSeenToo() {
		String tag = this.client.get("/api/practices?size=100").headers().firstValue("ETag").orElseThrow();
		this.transactions.executeWithoutResult((status) -> this.practices.findBySlug(SLUG).orElseThrow().unpublish());
		CatalogueClient.Response list = this.client.get("/api/practices?size=100", "*/*", "If-None-Match", tag);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("\"total\":29");
	}

	@Test
	void staffAndLanguageSwitchesGetNoValidator() {
		String path = "/practices?q=migration";
		String tag = this.client.get(path).headers().firstValue("ETag").orElseThrow();
		CatalogueClient.Response staff = this.client.get(path, "text/html", "Cookie", "JSESSIONID=0123456789ABCDEF",
				"If-None-Match", tag);
		assertThat(staff.status()).isEqualTo(200);
		assertThat(staff.headers().firstValue("ETag")).isEmpty();

		CatalogueClient.Response switching = this.client.get(path + "&lang=fr", "*/*", "If-None-Match", tag);
		assertThat(switching.status()).isEqualTo(200);
		assertThat(switching.headers().firstValue("ETag")).isEmpty();
		assertThat(this.client.get("/admin").headers().firstValue("ETag")).isEmpty();
	}

}
