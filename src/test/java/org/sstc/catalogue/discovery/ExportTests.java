package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports of whole result sets, read back with real parsers. */
@CatalogueTest
class ExportTests extends CatalogueHttpTest {

	@Autowired
	private ExportSlots slots;

	@Test
	void theCsvOfTheEmptyQueryHasEveryPracticeOnARowUnderAHeader() throws IOException {
		CatalogueClient.Response response = this.client.get("/practices.csv");
		assertThat(response.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("attachment").contains("sstc-practices.csv"));
		assertThat(response.body()).contains("\r\n");
		List<CSVRecord> rows = csv(response.body());
		assertThat(rows).hasSize(30);
		assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(CsvExport.HEADER);
		assertThat(rows).extracting((row) -> row.get("number"))
			.containsExactlyElementsOf(
					java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(String::valueOf).toList());
		CSVRecord seventh = rows.get(6);
		assertThat(seventh.get("country_codes").split("; ")).contains("CN", "ET", "IN", "ZA");
		assertThat(seventh.get("url")).endsWith("/practices/quality-apprenticeships-china-ethiopia-india-south-africa");
		for (CSVRecord row : rows) {
			for (String cell : row) {
				assertThat(cell).as("no cell a spreadsheet would evaluate")
					.doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("-")
					.doesNotStartWith("@");
			}
		}
	}

	@Test
	void everyExportListsTheSearchsPracticesInItsOrderBeyondOnePage() throws IOException {
		String search = "q=employment&sort=title";
		List<Integer> expected = this.client.get("/api/practices?size=100&" + search)
			.json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("number").asInt())
			.toList();
		assertThat(expected.size()).isGreaterThan(1);

		assertThat(csv(this.client.get("/practices.csv?" + search + "&size=1&page=2").body()))
			.extracting((row) -> Integer.valueOf(row.get("number")))
			.containsExactlyElementsOf(expected);
		JsonNode json = this.client.get("/practices.json?" + search).json();
		assertThat(json.valueStream().map((item) -> item.get("number").asInt())).containsExactlyElementsOf(expected);
		assertThat(json.get(0).has("objectives") || json.get(0).has("parts")).isTrue();
		assertThat(RisReader.read(this.client.get("/practices.ris?" + search).body()))
			.extracting((record) -> Integer.valueOf(record.first("M1")))
			.containsExactlyElementsOf(expected);
	}

	@Test
	void theBibTexExportIsReadByABibTexParser() throws Exception {
		CatalogueClient.Response response = this.client.get("/practices.bib?region=africa");
		assertThat(response.contentType()).startsWith("application/x-bibtex");
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(response.body()));
		long africa = this.client.get("/api/practices?region=africa").json().get("total").asLong();
		assertThat(database.getEntries()).hasSize((int) africa);
	}

	@Test
	void theRisExportOfEverythingHasThirtyRecords() {
		CatalogueClient.Response response = this.client.get("/practices.ris");
		assertThat(response.contentType()).startsWith("application/x-research-info-systems");
		assertThat(RisReader.read(response.body())).hasSize(30)
			.allSatisfy((record) -> assertThat(record.first("TY")).isEqualTo("RPRT"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/practices.csv?region=atlantis", "/practices.json?sort=sideways",
			"/practices.ris?country=XX", "/practices.bib?page=abc" })
	void refusesWhatTheSearchPageRefuses(String path) {
		assertThat(this.client.get(path).status()).isEqualTo(400);
	}

	@Test
	void theSearchPageLinksToTheExportsOfItsSearch() {
		var page = Jsoup.parse(this.client.get("/practices?q=osh&page=1", "text/html").body());
		assertThat(page.select(".exports a").eachAttr("href")).containsExactly("/practices.csv?q=osh",
				"/practices.ris?q=osh", "/practices.bib?q=osh", "/practices.json?q=osh", "/practices.atom?q=osh");
	}

	@Test
	void exportsBeyondThoseRunningAtOnceAreAnswered503WithRetryAfterAndSlotsComeBack() {
		// the two slots held as two running exports would hold them
		try (ExportSlots.Slot first = this.slots.take(); ExportSlots.Slot second = this.slots.take()) {
			for (String path : List.of("/practices.csv", "/practices.ris?q=osh", "/practices.bib", "/practices.json")) {
				CatalogueClient.Response busy = this.client.get(path);
				assertThat(busy.status()).as(path).isEqualTo(503);
				assertThat(busy.headers().firstValue("Retry-After")).as(path).hasValue("30");
				assertThat(busy.headers().firstValue("Content-Disposition")).as(path).isEmpty();
			}
			CatalogueClient.Response page = this.client.get("/practices.csv", "text/html");
			assertThat(page.status()).isEqualTo(503);
			assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Too many exports at once");
			assertThat(this.client.get("/api/practices?q=osh").status()).as("searches go on").isEqualTo(200);
			assertThat(this.client.get("/practices.csv?region=atlantis").status()).as("bad input is refused first")
				.isEqualTo(400);
		}
		// every export gives its slot back, ended or failed
		for (int i = 0; i < 3; i++) {
			assertThat(this.client.get("/practices.csv").status()).isEqualTo(200);
			assertThat(this.client.get("/practices.json?q=osh").status()).isEqualTo(200);
		}
	}

	@Tag("unit")
	@Test
	void cellsThatASpreadsheetWouldEvaluateAreNeutralised() {
		for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(CsvExport.neutralised(formula)).isEqualTo("'" + formula);
		}
		assertThat(CsvExport.neutralised("Labour inspection")).isEqualTo("Labour inspection");
		assertThat(CsvExport.neutralised("")).isEmpty();
	}

	private static List<CSVRecord> csv(String text) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))) {
			return parser.getRecords();
		}
	}

}
