package org.sstc.catalogue.discovery;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.w3c.dom.Element;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue with more addresses than one sitemap file may list (50,000; here 20) is
 * listed by a sitemap index, each of whose files is a slice: every address once, none
 * beyond the limit.
 */
@CatalogueTest
@TestPropertySource(properties = "catalogue.sitemap.urls-per-file=20")
class SitemapIndexTests extends CatalogueHttpTest {

	private static final String SITEMAP = SitemapController.NAMESPACE;

	@Test
	void theSitemapIsAnIndexOfFilesThatListEveryAddressOnce() {
		Element index = Xml.parse(this.client.get("/sitemap.xml").body()).getDocumentElement();
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<String> files = Xml.children(index, SITEMAP, "sitemap")
			.stream()
			.map((sitemap) -> Xml.text(sitemap, SITEMAP, "loc"))
			.toList();
		String base = "http://localhost:" + this.port;
		// home, the list, 6 regions, 23 themes and 30 practices: 61 addresses
		assertThat(files).containsExactly(base + "/sitemap-1.xml", base + "/sitemap-2.xml", base + "/sitemap-3.xml",
				base + "/sitemap-4.xml");
		List<String> addresses = new ArrayList<>();
		for (String file : files) {
			Element urlset = Xml.parse(this.client.get(file.substring(base.length())).body()).getDocumentElement();
			assertThat(urlset.getLocalName()).isEqualTo("urlset");
			List<String> locations = Xml.children(urlset, SITEMAP, "url")
				.stream()
				.map((url) -> Xml.text(url, SITEMAP, "loc"))
				.toList();
			assertThat(locations).hasSizeLessThanOrEqualTo(20);
			addresses.addAll(locations);
		}
		assertThat(addresses).hasSize(61).doesNotHaveDuplicates().contains(base + "/", base + "/practices");
		var practices = this.client.get("/api/practices?size=100").json().get("items");
		for (var practice : practices) {
			assertThat(addresses).contains(base + "/practices/" + practice.get("slug").asString());
		}
		assertThat(this.client.get("/sitemap-5.xml").status()).isEqualTo(404);
	}

}
