package org.sstc.catalogue.discovery;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice's page as Google Scholar, Zotero and search engines read it, and its
 * citations.
 */
@CatalogueTest
class CitationTests extends CatalogueHttpTest {

	private static final String SLUG = "quality-apprenticeships-china-ethiopia-india-south-africa";

	@Test
	void thePageCarriesSchemaOrgJsonLd() {
		Document page = page();
		var scripts = page.select("head script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		JsonNode data = JsonMapper.builder().build().readTree(scripts.get(0).data());
		String base = "http://localhost:" + this.port;
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.get("@type").asString()).isEqualTo("Report");
		assertThat(data.get("url").asString()).isEqualTo(base + "/practices/" + SLUG);
		assertThat(data.get("@id").asString()).isEqualTo(base + "/gp/compendium-2022-2023/7");
		assertThat(data.get("name").asString()).isNotBlank();
		assertThat(data.get("abstract").asString()).isNotBlank();
		assertThat(data.get("author").valueStream().map((author) -> author.get("name").asString()))
			.containsExactly("Gabriel Bordado", "Anita Sharma", "Duncan Chando");
		assertThat(data.get("publisher").get("name").asString()).isEqualTo("International Labour Organization");
		assertThat(data.get("isPartOf").get("name").asString())
			.startsWith("Promoting Social Justice in the Global South");
		assertThat(data.get("spatialCoverage").valueStream().map((country) -> country.get("identifier").asString()))
			.contains("CN", "ET", "IN", "ZA");
		assertThat(data.get("about").size()).isPositive();
		assertThat(data.get("dateModified").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void thePageCarriesHighwireAndDublinCoreTags() {
		Document page = page();
		assertThat(page.select("head meta[name=citation_title]").attr("content")).isNotBlank();
		assertThat(page.select("head meta[name=citation_author]").eachAttr("content"))
			.containsExactly("Gabriel Bordado", "Anita Sharma", "Duncan Chando");
		assertThat(page.select("head meta[name=citation_publication_date]").attr("content"))
			.matches("\\d{4}/\\d{2}/\\d{2}");
		assertThat(page.select("head meta[name=citation_publisher]").attr("content"))
			.isEqualTo("International Labour Organization");
		assertThat(page.select("head link[rel=schema.DC]")).hasSize(1);
		assertThat(page.select("head meta[name=DC.title]").attr("content"))
			.isEqualTo(page.select("head meta[name=citation_title]").attr("content"));
		assertThat(page.select("head meta[name=DC.creator]")).hasSize(3);
		assertThat(page.select("head meta[name=DC.identifier]").attr("content")).endsWith("/gp/compendium-2022-2023/7");
	}

	@Test
	void theCiteBlockGivesApaChicagoBibTexAndRis() {
		Document page = page();
		var cite = page.select("#cite");
		assertThat(cite.select("p.citation").get(0).text())
			.startsWith("Gabriel Bordado, Anita Sharma, & Duncan Chando. (")
			.endsWith("/practices/" + SLUG);
		assertThat(cite.select("p.citation").get(1).text())
			.startsWith("Gabriel Bordado, Anita Sharma, and Duncan Chando. \u201c");
		assertThat(cite.select("pre code").get(0).text()).startsWith("@techreport{sstc-2022-2023-7,");
		assertThat(cite.select("a[download]").eachAttr("href")).containsExactly("/practices/" + SLUG + "/citation.bib",
				"/practices/" + SLUG + "/citation.ris");
	}

	@Test
	void theBibTexFileIsReadByABibTexParser() throws Exception {
		CatalogueClient.Response response = this.client.get("/practices/" + SLUG + "/citation.bib");
		assertThat(response.contentType()).startsWith("application/x-bibtex");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("attachment").contains("sstc-2022-2023-7.bib"));
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(response.body()));
		Map<Key, BibTeXEntry> entries = database.getEntries();
		assertThat(entries).hasSize(1);
		BibTeXEntry entry = entries.get(new Key("sstc-2022-2023-7"));
		assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_TECHREPORT);
		assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString())
			.isEqualTo("{Gabriel Bordado} and {Anita Sharma} and {Duncan Chando}");
		assertThat(entry.getField(BibTeXEntry.KEY_INSTITUTION).toUserString())
			.isEqualTo("International Labour Organization");
		assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).endsWith("/practices/" + SLUG);
	}

	@Test
	void theRisFileIsOneWellFormedRecord() {
		CatalogueClient.Response response = this.client.get("/practices/" + SLUG + "/citation.ris");
		assertThat(response.contentType()).startsWith("application/x-research-info-systems");
		List<RisReader.Record> records = RisReader.read(response.body());
		assertThat(records).hasSize(1);
		RisReader.Record record = records.get(0);
		assertThat(record.first("TY")).isEqualTo("RPRT");
		assertThat(record.all("AU")).containsExactly("Gabriel Bordado", "Anita Sharma", "Duncan Chando");
		assertThat(record.first("UR")).endsWith("/practices/" + SLUG);
		assertThat(record.first("PB")).isEqualTo("International Labour Organization");
	}

	@Test
	void anUnknownPracticeHasNoCitation() {
		assertThat(this.client.get("/practices/no-such-practice/citation.bib").status()).isEqualTo(404);
	}

	@Test
	void textThatLooksLikeMarkupStaysTextInTheJsonLd() {
		String json = PracticeMetadata
			.of(new CitedPractice("k", 1, "</script><script>alert(1)</script> & co", "short", List.of("A"), "ILO",
					"Compendium", "c", "2022-2023", "", "Africa", List.of(), List.of(), List.of(), List.of(),
					java.time.LocalDate.of(2026, 1, 2), "http://x/p", "http://x/gp/c/1"), "http://x/practices?theme=",
					"http://x/")
			.jsonLd();
		assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		assertThat(JsonMapper.builder().build().readTree(json).get("name").asString())
			.isEqualTo("</script><script>alert(1)</script> & co");
	}

	private Document page() {
		return Jsoup.parse(this.client.get("/practices/" + SLUG, "text/html").body());
	}

}
