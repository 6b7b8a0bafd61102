package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sstc.catalogue.discovery.OaiController.DC;
import static org.sstc.catalogue.discovery.OaiController.OAI;

/**
 * OAI-PMH 2.0 as a harvester uses it; every answer is validated against the protocol's
 * XML schema.
 */
@CatalogueTest
class OaiPmhTests extends CatalogueHttpTest {

	private static Schema schema;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void loadSchema() throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		// the schemas and their imports come from src/test/resources/oai, never from the
		// web
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
		schema = factory.newSchema(new Source[] { source("OAI-PMH.xsd"), source("oai_dc.xsd") });
	}

	private static Source source(String name) {
		return new StreamSource(OaiPmhTests.class.getResource("/oai/" + name).toExternalForm());
	}

	@Test
	void identifiesTheRepository() {
		Element identify = verbElement(oai("verb=Identify"), "Identify");
		assertThat(Xml.text(identify, OAI, "baseURL")).isEqualTo(base() + "/oai");
		assertThat(Xml.text(identify, OAI, "protocolVersion")).isEqualTo("2.0");
		assertThat(Xml.text(identify, OAI, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
		assertThat(Xml.text(identify, OAI, "deletedRecord")).isEqualTo("transient");
		assertThat(Xml.text(identify, OAI, "adminEmail")).contains("@");
	}

	@Test
	void offersDublinCore() {
		Element formats = verbElement(oai("verb=ListMetadataFormats"), "ListMetadataFormats");
		Element format = Xml.children(formats, OAI, "metadataFormat").get(0);
		assertThat(Xml.text(format, OAI, "metadataPrefix")).isEqualTo("oai_dc");
		assertThat(Xml.text(format, OAI, "metadataNamespace")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
		verbElement(oai("verb=ListMetadataFormats&identifier=" + identifier(7)), "ListMetadataFormats");
	}

	@Test
	void listsSetsByRegionThemeAndCompendium() {
		Element sets = verbElement(oai("verb=ListSets"), "ListSets");
		List<String> specs = Xml.children(sets, OAI, "set")
			.stream()
			.map((set) -> Xml.text(set, OAI, "setSpec"))
			.toList();
		assertThat(specs).contains("region", "region:africa", "theme", "theme:labour-migration", "compendium",
				"compendium:compendium-2022-2023");
	}

	@Test
	void harvestsEveryRecordThroughResumptionTokens() {
		List<String> identifiers = new ArrayList<>();
		int withMetadata = 0;
		String arguments = "verb=ListRecords&metadataPrefix=oai_dc";
		int answers = 0;
		while (arguments != null) {
			Element list = verbElement(oai(arguments), "ListRecords");
			answers++;
			for (Element record : Xml.children(list, OAI, "record")) {
				Element header = Xml.children(record, OAI, "header").get(0);
				identifiers.add(Xml.text(header, OAI, "identifier"));
				if (!Xml.children(record, OAI, "metadata").isEmpty()) {
					withMetadata++;
					Element dc = Xml
						.children(Xml.children(record, OAI, "metadata").get(0),
								"http://www.openarchives.org/OAI/2.0/oai_dc/", "dc")
						.get(0);
					assertThat(Xml.text(dc, DC, "title")).isNotBlank();
					assertThat(Xml.children(dc, DC, "identifier")).hasSize(2);
				}
			}
			List<Element> tokens = Xml.children(list, OAI, "resumptionToken");
			String token = tokens.isEmpty() ? "" : tokens.get(0).getTextContent();
			if (!tokens.isEmpty()) {
				assertThat(Integer.parseInt(tokens.get(0).getAttribute("cursor"))).isEqualTo((answers - 1) * 10);
			}
			arguments = token.isEmpty() ? null
					: "verb=ListRecords&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		}
		assertThat(answers).isGreaterThanOrEqualTo(3);
		assertThat(withMetadata).isEqualTo(30);
		assertThat(identifiers).doesNotHaveDuplicates().contains(identifier(1), identifier(30));
	}

	@Test
	void harvestsASet() {
		Element list = verbElement(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=region:africa"),
				"ListIdentifiers");
		long africa = this.client.get("/api/practices?region=africa").json().get("total").asLong();
		assertThat(Xml.children(list, OAI, "header")).hasSize((int) africa)
			.allSatisfy(
					(header) -> assertThat(Xml.children(header, OAI, "setSpec").stream().map(Element::getTextContent))
						.contains("region:africa"));
	}

	@ParameterizedTest
	@CsvSource({ "theme:labour-inspection, theme=labour-inspection", "compendium:compendium-2022-2023, ", "theme, " })
	void harvestsThemeAndCompendiumSetsAsTheDatabaseHoldsThem(String set, String filter) {
		Element list = verbElement(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + set), "ListIdentifiers");
		long expected = this.client.get("/api/practices" + ((filter != null) ? "?" + filter : ""))
			.json()
			.get("total")
			.asLong();
		List<Element> token = Xml.children(list, OAI, "resumptionToken");
		long listed = token.isEmpty() ? Xml.children(list, OAI, "header").size()
				: Long.parseLong(token.get(0).getAttribute("completeListSize"));
		assertThat(listed).isEqualTo(expected);
		assertThat(Xml.children(list, OAI, "header")).isNotEmpty()
			.allSatisfy(
					(header) -> assertThat(Xml.children(header, OAI, "setSpec").stream().map(Element::getTextContent))
						.anyMatch((spec) -> spec.equals(set) || spec.startsWith(set + ":")));
	}

	@Test
	void harvestsByDate() {
		Element record = Xml
			.children(verbElement(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(7)), "GetRecord"),
					OAI, "record")
			.get(0);
		String datestamp = Xml.text(Xml.children(record, OAI, "header").get(0), OAI, "datestamp");
		List<Element> headers = Xml.children(
				verbElement(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + datestamp + "&until=" + datestamp),
						"ListIdentifiers"),
				OAI, "header");
		assertThat(headers).extracting((header) -> Xml.text(header, OAI, "identifier")).contains(identifier(7));
		assertThat(headers).allSatisfy((header) -> assertThat(Xml.text(header, OAI, "datestamp")).isEqualTo(datestamp));
		assertThat(error(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01")))
			.isEqualTo("noRecordsMatch");
		assertThat(error(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=1999-12-31")))
			.isEqualTo("noRecordsMatch");
		verbElement(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2000-01-01&until=2999-12-31"),
				"ListIdentifiers");
	}

	@Test
	void reportsAnArchivedPracticeAsDeleted() {
		long id = this.jdbc.queryForObject("select id from practice where number = 12", Long.class);
		this.jdbc.update("update practice set status = 'ARCHIVED' where id = ?", id);
		try {
			Element record = Xml
				.children(verbElement(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(12)),
						"GetRecord"), OAI, "record")
				.get(0);
			assertThat(Xml.children(record, OAI, "header").get(0).getAttribute("status")).isEqualTo("deleted");
			assertThat(Xml.children(record, OAI, "metadata")).isEmpty();
			assertThat(error(oai("verb=ListMetadataFormats&identifier=" + identifier(12))))
				.isEqualTo("noMetadataFormats");
		}
		finally {
			this.jdbc.update("update practice set status = 'PUBLISHED' where id = ?", id);
		}
	}

	@ParameterizedTest(name = "{0} for {1}")
	@CsvSource(delimiter = '|', value = { "badVerb|", "badVerb|verb=Harvest", "badVerb|verb=Identify&verb=ListSets",
			"badArgument|verb=Identify&set=region", "badArgument|verb=ListRecords",
			"badArgument|verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
			"badArgument|verb=GetRecord&metadataPrefix=oai_dc",
			"badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=yesterday",
			"badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z",
			"badArgument|verb=ListIdentifiers&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01",
			"badArgument|verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x",
			"badResumptionToken|verb=ListRecords&resumptionToken=not-a-token",
			"badResumptionToken|verb=ListSets&resumptionToken=x",
			"cannotDisseminateFormat|verb=ListRecords&metadataPrefix=marc21",
			"cannotDisseminateFormat|verb=GetRecord&metadataPrefix=mods&identifier=oai:localhost:compendium-2022-2023/7",
			"idDoesNotExist|verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:x/1",
			"idDoesNotExist|verb=ListMetadataFormats&identifier=oai:localhost:compendium-2022-2023/999",
			"noRecordsMatch|verb=ListRecords&metadataPrefix=oai_dc&set=region:atlantis" })
	void answersErrorsAsTheProtocolSays(String code, String arguments) {
		String answer = oai(arguments == null ? "" : arguments);
		assertThat(error(answer)).isEqualTo(code);
		Element request = Xml.children(Xml.parse(answer).getDocumentElement(), OAI, "request").get(0);
		if (code.equals("badVerb") || code.equals("badArgument")) {
			assertThat(request.getAttributes().getLength()).as("badVerb and badArgument echo no arguments").isZero();
		}
		assertThat(request.getTextContent()).isEqualTo(base() + "/oai");
	}

	@Test
	void answersPostedRequests() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/oai"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("verb=Identify"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		verbElement(valid(response.body()), "Identify");
	}

	@Test
	void theSchemaRefusesWhatTheProtocolForbids() {
		String answer = oai("verb=Identify").replace("<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>",
				"<granularity>seconds</granularity>");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> valid(answer)).isInstanceOf(AssertionError.class);
	}

	private String oai(String arguments) {
		CatalogueClient.Response response = this.client.get("/oai?" + arguments);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/xml");
		return valid(response.body());
	}

	private static String valid(String xml) {
		try {
			Validator validator = schema.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.validate(new StreamSource(new StringReader(xml)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not valid OAI-PMH: " + ex.getMessage() + "\n" + xml, ex);
		}
		return xml;
	}

	private static Element verbElement(String xml, String verb) {
		List<Element> found = Xml.children(Xml.parse(xml).getDocumentElement(), OAI, verb);
		assertThat(found).as(xml).hasSize(1);
		return found.get(0);
	}

	private static String error(String xml) {
		List<Element> errors = Xml.children(Xml.parse(xml).getDocumentElement(), OAI, "error");
		assertThat(errors).as(xml).hasSize(1);
		return errors.get(0).getAttribute("code");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static String identifier(int number) {
		return "oai:localhost:compendium-2022-2023/" + number;
	}

}
