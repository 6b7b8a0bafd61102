package org.sstc.catalogue.discovery;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sstc.catalogue.discovery.Xml.ATOM;

/**
 * The Atom feed of a search: well-formed Atom 1.0 with the search's practices in its
 * order.
 */
@CatalogueTest
class SearchFeedTests extends CatalogueHttpTest {

	@Test
	void listsTheSearchsPracticesInItsOrder() {
		String search = "q=labour+inspection&region=europe-central-asia&region=africa";
		CatalogueClient.Response response = this.client.get("/practices.atom?" + search);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/atom+xml");
		Element feed = Xml.parse(response.body()).getDocumentElement();
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);

		List<String> pages = Xml.children(feed, ATOM, "entry")
			.stream()
			.map((entry) -> Xml.children(entry, ATOM, "link").get(0).getAttribute("href"))
			.toList();
		List<String> expected = this.client.get("/api/practices?size=30&" + search)
			.json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("slug").asString())
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(pages).hasSameSizeAs(expected);
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i)).endsWith("/practices/" + expected.get(i));
		}
	}

	@Test
	void listsEveryPracticeNewestChangeFirstWithoutAQuery() {
		Element feed = Xml.parse(this.client.get("/practices.atom").body()).getDocumentElement();
		List<Element> entries = Xml.children(feed, ATOM, "entry");
		assertThat(entries).hasSize(30);
		List<Instant> updated = entries.stream()
			.map((entry) -> Instant.parse(Xml.text(entry, ATOM, "updated")))
			.toList();
		assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(Instant.parse(Xml.text(feed, ATOM, "updated"))).isEqualTo(updated.get(0));
		for (Element entry : entries) {
			assertThat(Xml.text(entry, ATOM, "id")).matches("http://localhost:\\d+/gp/compendium-2022-2023/\\d+");
			assertThat(Xml.text(entry, ATOM, "title")).isNotBlank();
			assertThat(Xml.text(entry, ATOM, "summary")).isNotBlank();
		}
		assertThat(Xml.text(feed, ATOM, "id")).isNotBlank();
		assertThat(Xml.children(feed, ATOM, "author")).hasSize(1);
	}

	@Test
	void theSearchPageAnnouncesTheFeedOfItsSearch() {
		var page = Jsoup
			.parse(this.client.get("/practices?q=osh&theme=occupational-safety-health", "text/html").body());
		var link = page.select("head link[rel=alternate][type=application/atom+xml]");
		assertThat(link).hasSize(1);
		assertThat(link.attr("href")).isEqualTo("/practices.atom?q=osh&theme=occupational-safety-health");
	}

	@Test
	void refusesWhatTheSearchPageRefuses() {
		assertThat(this.client.get("/practices.atom?region=atlantis").status()).isEqualTo(400);
	}

}
