package org.sstc.catalogue.discovery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What crawlers and browsers find: the sitemap, robots.txt, the OpenSearch description
 * and its suggestions, and the rules that keep the combinations of filters out of search
 * engines.
 */
@CatalogueTest
class CrawlingTests extends CatalogueHttpTest {

	private static final String SITEMAP = SitemapController.NAMESPACE;

	private static final String OPENSEARCH = OpenSearchController.NAMESPACE;

	@Test
	void theSitemapListsEveryPublishedPracticeWithItsLastChangeAndTheBrowsePages() {
		CatalogueClient.Response response = this.client.get("/sitemap.xml");
		assertThat(response.contentType()).startsWith("application/xml");
		Element urlset = Xml.parse(response.body()).getDocumentElement();
		assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
		Map<String, String> lastModified = Xml.children(urlset, SITEMAP, "url")
			.stream()
			.collect(Collectors.toMap((url) -> Xml.text(url, SITEMAP, "loc"),
					(url) -> String.valueOf(Xml.text(url, SITEMAP, "lastmod"))));
		String base = "http://localhost:" + this.port;
		assertThat(lastModified).containsKeys(base + "/", base + "/practices", base + "/practices?region=africa",
				base + "/practices?theme=occupational-safety-health");
		var practices = this.client.get("/api/practices?size=100").json().get("items");
		assertThat(practices.size()).isEqualTo(30);
		for (var practice : practices) {
			String loc = base + "/practices/" + practice.get("slug").asString();
			assertThat(lastModified).containsKey(loc);
			OffsetDateTime.parse(lastModified.get(loc));
		}
	}

	@Test
	void aSmallCatalogueIsOneSitemapFileAlsoServedAsTheFirstOfAnIndex() {
		assertThat(this.client.get("/sitemap-1.xml").body()).isEqualTo(this.client.get("/sitemap.xml").body());
		assertThat(this.client.get("/sitemap-2.xml").status()).isEqualTo(404);
		assertThat(this.client.get("/sitemap-0.xml").status()).isEqualTo(404);
		assertThat(this.client.get("/sitemap-first.xml").status()).isEqualTo(400);
	}

	@Test
	void robotsTxtNamesTheSitemap() {
		CatalogueClient.Response robots = this.client.get("/robots.txt");
		assertThat(robots.contentType()).startsWith("text/plain");
		assertThat(robots.body().lines()).contains("Sitemap: http://localhost:" + this.port + "/sitemap.xml",
				"Disallow: /admin/", "Disallow: /practices/facets/");
	}

	@Test
	void everyPageAnnouncesTheOpenSearchDescription() {
		for (String path : List.of("/", "/practices", "/practices/facets/country")) {
			Document page = Jsoup.parse(this.client.get(path, "text/html").body());
			assertThat(page.select("head link[rel=search][type=application/opensearchdescription+xml]").attr("href"))
				.as(path)
				.isEqualTo("/opensearch.xml");
		}
	}

	@Test
	void theOpenSearchDescriptionGivesTheResultsAsPageAtomAndJsonAndTheSuggestions() {
		CatalogueClient.Response response = this.client.get("/opensearch.xml");
		assertThat(response.contentType()).startsWith("application/opensearchdescription+xml");
		Element description = Xml.parse(response.body()).getDocumentElement();
		assertThat(description.getLocalName()).isEqualTo("OpenSearchDescription");
		assertThat(description.getNamespaceURI()).isEqualTo(OPENSEARCH);
		assertThat(Xml.text(description, OPENSEARCH, "ShortName")).hasSizeLessThanOrEqualTo(16);
		Map<String, String> templates = Xml.children(description, OPENSEARCH, "Url")
			.stream()
			.collect(Collectors.toMap((url) -> url.getAttribute("type"), (url) -> url.getAttribute("template")));
		String base = "http://localhost:" + this.port;
		assertThat(templates).containsEntry("text/html", base + "/practices?q={searchTerms}&page={startPage?}")
			.containsEntry("application/atom+xml", base + "/practices.atom?q={searchTerms}&page={startPage?}")
			.containsEntry("application/json", base + "/api/practices?q={searchTerms}&page={startPage?}")
			.containsKey("application/x-suggestions+json");

		String suggestions = templates.get("application/x-suggestions+json")
			.replace("{searchTerms}", "inspec")
			.substring(base.length());
		CatalogueClient.Response answer = this.client.get(suggestions);
		assertThat(answer.contentType()).startsWith("application/x-suggestions+json");
		var json = answer.json();
		assertThat(json.get(0).asString()).isEqualTo("inspec");
		assertThat(json.get(1).size()).isPositive();
		assertThat(json.get(2).size()).isEqualTo(json.get(1).size());
		assertThat(json.get(3).get(0).asString()).startsWith(base + "/");
	}

	@Test
	void searchPagesWithFiltersOrAQueryAreNotIndexedButBrowsePagesAre() {
		for (String indexed : List.of("/practices", "/practices?region=africa",
				"/practices?theme=occupational-safety-health")) {
			Document page = Jsoup.parse(this.client.get(indexed, "text/html").body());
			assertThat(page.select("meta[name=robots]")).as(indexed).isEmpty();
		}
		for (String hidden : List.of("/practices?q=labour", "/practices?region=africa&theme=occupational-safety-health",
				"/practices?country=BR", "/practices?region=africa&sort=title")) {
			Document page = Jsoup.parse(this.client.get(hidden, "text/html").body());
			assertThat(page.select("meta[name=robots]").attr("content")).as(hidden).isEqualTo("noindex,follow");
		}
	}

	@Test
	void filterLinksAndChipsAreNotFollowed() {
		Document page = Jsoup
			.parse(this.client.get("/practices?region=africa&theme=occupational-safety-health", "text/html").body());
		assertThat(page.select("a.chip")).isNotEmpty()
			.allSatisfy((chip) -> assertThat(chip.attr("rel")).isEqualTo("nofollow"));
		assertThat(page.select("a[href*=/practices/facets/]"))
			.allSatisfy((link) -> assertThat(link.attr("rel")).isEqualTo("nofollow"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/practices?page=101", "/api/practices?page=101", "/practices.atom?page=101" })
	void pagesBeyondTheHundredthAreRefusedClearly(String path) {
		CatalogueClient.Response response = this.client.get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("a page number from 1 to 100");
	}

	@Test
	void theHundredthPageIsServed() {
		assertThat(this.client.get("/practices?page=100", "text/html").status()).isEqualTo(200);
	}

	@Test
	void aPermanentLinkLeadsToThePracticesPage() {
		CatalogueClient.Response response = this.client.get("/gp/compendium-2022-2023/7");
		assertThat(response.status()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location"))
			.hasValue("/practices/quality-apprenticeships-china-ethiopia-india-south-africa");
		assertThat(this.client.get("/gp/compendium-2022-2023/99").status()).isEqualTo(404);
		assertThat(this.client.get("/gp/no-such-compendium/7").status()).isEqualTo(404);
		assertThat(this.client.get("/gp/compendium-2022-2023/seven").status()).isEqualTo(400);
	}

}
