package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.practice.PracticeStamp;
import org.sstc.catalogue.practice.StampCriteria;
import org.sstc.catalogue.system.PrintableText;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * OAI-PMH 2.0 at {@code /oai}, for aggregators and library discovery systems that harvest
 * collections: the six verbs, Dublin Core records ({@code oai_dc}), sets by region, theme
 * and compendium, selective harvesting by date, resumption tokens, and practices no
 * longer published reported as deleted. Errors are the protocol's own, in a 200 answer.
 */
@Controller
@EnableConfigurationProperties(OaiProperties.class)
class OaiController {

	static final String OAI = "http://www.openarchives.org/OAI/2.0/";

	static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String METADATA_PREFIX = "oai_dc";

	private static final Map<String, Set<String>> REQUIRED = Map.of("Identify", Set.of(), "ListMetadataFormats",
			Set.of(), "ListSets", Set.of(), "GetRecord", Set.of("identifier", "metadataPrefix"), "ListIdentifiers",
			Set.of("metadataPrefix"), "ListRecords", Set.of("metadataPrefix"));

	private static final Map<String, Set<String>> ALLOWED = Map.of("Identify", Set.of(), "ListMetadataFormats",
			Set.of("identifier"), "ListSets", Set.of("resumptionToken"), "GetRecord",
			Set.of("identifier", "metadataPrefix"), "ListIdentifiers",
			Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"), "ListRecords",
			Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

	private final PracticeCatalogue catalogue;

	private final PracticeLinks links;

	private final OaiProperties properties;

	OaiController(PracticeCatalogue catalogue, PracticeLinks links, OaiProperties properties) {
		this.catalogue = catalogue;
		this.links = links;
		this.properties = properties;
	}

	/** What goes inside the verb's element, decided before anything is written. */
	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	@RequestMapping(path = "/oai", method = { RequestMethod.GET, RequestMethod.POST })
	void oai(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		Map<String, String> arguments = new LinkedHashMap<>();
		String verb = null;
		Body body;
		Map<String, String[]> parameters = printable(request.getParameterMap());
		try {
			verb = verb(parameters);
			arguments = arguments(verb, parameters);
			body = answer(verb, arguments);
		}
		catch (OaiError error) {
			write(response, error.echoesArguments() ? verb : null, error.echoesArguments() ? arguments : Map.of(), null,
					(xml) -> {
						xml.writeStartElement(OAI, "error");
						xml.writeAttribute("code", error.code().name());
						xml.writeCharacters(error.getMessage());
						xml.writeEndElement();
					});
			return;
		}
		write(response, verb, arguments, verb, body);
	}

	/**
	 * The request's arguments as the answer may echo them: a character XML does not allow
	 * would make the whole answer unreadable to a harvester's parser.
	 */
	private static Map<String, String[]> printable(Map<String, String[]> parameters) {
		Map<String, String[]> printable = new LinkedHashMap<>();
		parameters.forEach((name, values) -> printable.put(PrintableText.of(name),
				Arrays.stream(values).map(PrintableText::of).toArray(String[]::new)));
		return printable;
	}

	private static String verb(Map<String, String[]> parameters) {
		String[] verbs = parameters.get("verb");
		if (verbs == null || verbs.length == 0) {
			throw new OaiError(OaiError.Code.badVerb, "The request has no verb.");
		}
		if (verbs.length > 1) {
			throw new OaiError(OaiError.Code.badVerb, "The verb is repeated.");
		}
		if (!REQUIRED.containsKey(verbs[0])) {
			throw new OaiError(OaiError.Code.badVerb, "Not an OAI-PMH verb: " + verbs[0]);
		}
		return verbs[0];
	}

	private static Map<String, String> arguments(String verb, Map<String, String[]> parameters) {
		Map<String, String> arguments = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (name.equals("verb")) {
				continue;
			}
			if (!ALLOWED.get(verb).contains(name)) {
				throw new OaiError(OaiError.Code.badArgument, verb + " does not take the argument " + name + ".");
			}
			if (parameter.getValue().length > 1) {
				throw new OaiError(OaiError.Code.badArgument, "The argument " + name + " is repeated.");
			}
			arguments.put(name, parameter.getValue()[0]);
		}
		if (arguments.containsKey("resumptionToken")) {
			if (arguments.size() > 1) {
				throw new OaiError(OaiError.Code.badArgument, "A resumptionToken is an exclusive argument.");
			}
			return arguments;
		}
		for (String required : REQUIRED.get(verb)) {
			if (!arguments.containsKey(required) || arguments.get(required).isEmpty()) {
				throw new OaiError(OaiError.Code.badArgument, verb + " needs the argument " + required + ".");
			}
		}
		return arguments;
	}

	private Body answer(String verb, Map<String, String> arguments) {
		return switch (verb) {
			case "Identify" -> identify();
			case "ListMetadataFormats" -> listMetadataFormats(arguments.get("identifier"));
			case "ListSets" -> listSets(arguments.get("resumptionToken"));
			case "GetRecord" -> getRecord(arguments.get("identifier"), arguments.get("metadataPrefix"));
			default -> list(verb, arguments);
		};
	}

	private Body identify() {
		Instant earliest = this.catalogue.earliestChange().orElse(Instant.EPOCH);
		return (xml) -> {
			XmlOutput.element(xml, OAI, "repositoryName", "SSTC Good Practices Catalogue (ILO)");
			XmlOutput.element(xml, OAI, "baseURL", baseUrl());
			XmlOutput.element(xml, OAI, "protocolVersion", "2.0");
			XmlOutput.element(xml, OAI, "adminEmail", this.properties.adminEmail());
			XmlOutput.element(xml, OAI, "earliestDatestamp", OaiDates.format(earliest));
			// a practice archived, or back in draft, is reported as deleted for as long
			// as its row is kept
			XmlOutput.element(xml, OAI, "deletedRecord", "transient");
			XmlOutput.element(xml, OAI, "granularity", OaiDates.GRANULARITY);
		};
	}

	private Body listMetadataFormats(String identifier) {
		if (identifier != null) {
			PracticeStamp practice = find(identifier);
			if (!practice.published()) {
				throw new OaiError(OaiError.Code.noMetadataFormats,
						"The item " + identifier + " is deleted: no metadata can be disseminated for it.");
			}
		}
		return (xml) -> {
			xml.writeStartElement(OAI, "metadataFormat");
			XmlOutput.element(xml, OAI, "metadataPrefix", METADATA_PREFIX);
			XmlOutput.element(xml, OAI, "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
			XmlOutput.element(xml, OAI, "metadataNamespace", OAI_DC);
			xml.writeEndElement();
		};
	}

	private Body listSets(String resumptionToken) {
		if (resumptionToken != null) {
			// every set fits in one answer, so no list of sets ever goes on
			throw new OaiError(OaiError.Code.badResumptionToken,
					"The resumption token is invalid or expired: " + resumptionToken);
		}
		List<String> compendia = this.catalogue.compendiumCodesInUse();
		Map<String, String> sets = OaiSets.all(compendia);
		return (xml) -> {
			for (Map.Entry<String, String> set : sets.entrySet()) {
				xml.writeStartElement(OAI, "set");
				XmlOutput.element(xml, OAI, "setSpec", set.getKey());
				XmlOutput.element(xml, OAI, "setName", set.getValue());
				xml.writeEndElement();
			}
		};
	}

	private Body getRecord(String identifier, String metadataPrefix) {
		checkFormat(metadataPrefix);
		PracticeStamp stamp = find(identifier);
		Practice practice = stamp.published() ? this.catalogue.findAll(List.of(stamp.id())).get(0) : null;
		return (xml) -> record(xml, stamp, practice);
	}

	private Body list(String verb, Map<String, String> arguments) {
		ResumptionToken token = arguments.containsKey("resumptionToken")
				? ResumptionToken.decode(arguments.get("resumptionToken"), verb)
				: new ResumptionToken(verb, arguments.get("metadataPrefix"), arguments.get("set"),
						arguments.get("from"), arguments.get("until"), 0, 0);
		checkFormat(token.metadataPrefix());
		OaiDates.Bound from = (token.from() != null) ? OaiDates.parse("from", token.from(), false) : null;
		OaiDates.Bound until = (token.until() != null) ? OaiDates.parse("until", token.until(), true) : null;
		if (from != null && until != null) {
			if (from.days() != until.days()) {
				throw new OaiError(OaiError.Code.badArgument, "from and until must have the same granularity.");
			}
			if (from.instant().isAfter(until.instant())) {
				throw new OaiError(OaiError.Code.badArgument, "from is later than until.");
			}
		}
		// a datestamp is the last change to the second: from its second on, until the end
		// of the until's second
		StampCriteria criteria = OaiSets.criteria(token.set())
			.changed((from != null) ? from.instant() : null,
					(until != null) ? until.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : null);
		long matching = this.catalogue.countStamps(criteria);
		if (matching == 0) {
			throw new OaiError(OaiError.Code.noRecordsMatch, "No records match the request.");
		}
		List<PracticeStamp> remaining = this.catalogue.stamps(criteria, token.after(), this.properties.pageSize() + 1);
		if (remaining.isEmpty() && token.after() > 0) {
			throw new OaiError(OaiError.Code.badResumptionToken, "The resumption token is invalid or expired.");
		}
		List<PracticeStamp> page = remaining.subList(0, Math.min(remaining.size(), this.properties.pageSize()));
		boolean more = remaining.size() > page.size();
		boolean records = verb.equals("ListRecords");
		Map<Long, Practice> practices = new LinkedHashMap<>();
		if (records) {
			this.catalogue.findAll(page.stream().filter(PracticeStamp::published).map(PracticeStamp::id).toList())
				.forEach((practice) -> practices.put(practice.getId(), practice));
		}
		ResumptionToken next = more ? new ResumptionToken(verb, token.metadataPrefix(), token.set(), token.from(),
				token.until(), page.get(page.size() - 1).id(), token.cursor() + page.size()) : null;
		boolean resumed = token.after() > 0;
		return (xml) -> {
			for (PracticeStamp stamp : page) {
				if (records) {
					record(xml, stamp, practices.get(stamp.id()));
				}
				else {
					header(xml, stamp);
				}
			}
			if (more || resumed) {
				xml.writeStartElement(OAI, "resumptionToken");
				xml.writeAttribute("completeListSize", String.valueOf(matching));
				xml.writeAttribute("cursor", String.valueOf(token.cursor()));
				if (next != null) {
					xml.writeCharacters(next.encode());
				}
				xml.writeEndElement();
			}
		};
	}

	private static void checkFormat(String metadataPrefix) {
		if (!METADATA_PREFIX.equals(metadataPrefix)) {
			throw new OaiError(OaiError.Code.cannotDisseminateFormat,
					"The only metadata format is oai_dc, not " + metadataPrefix + ".");
		}
	}

	private PracticeStamp find(String identifier) {
		String prefix = "oai:" + repositoryIdentifier() + ":";
		if (identifier.startsWith(prefix)) {
			String[] local = identifier.substring(prefix.length()).split("/", -1);
			if (local.length == 2 && local[1].matches("[1-9][0-9]{0,8}")) {
				Optional<PracticeStamp> practice = this.catalogue.stamp(local[0], Integer.parseInt(local[1]));
				if (practice.isPresent()) {
					return practice.get();
				}
			}
		}
		throw new OaiError(OaiError.Code.idDoesNotExist, "No item has the identifier " + identifier + ".");
	}

	private String identifier(PracticeStamp practice) {
		return "oai:" + repositoryIdentifier() + ":" + practice.compendiumCode() + "/" + practice.number();
	}

	/**
	 * The catalogue's host name, which makes its items' identifiers unique among
	 * repositories.
	 */
	private String repositoryIdentifier() {
		return URI.create(this.links.base()).getHost();
	}

	private String baseUrl() {
		return this.links.to("/oai", "");
	}

	private void header(XMLStreamWriter xml, PracticeStamp practice) throws XMLStreamException {
		xml.writeStartElement(OAI, "header");
		if (!practice.published()) {
			xml.writeAttribute("status", "deleted");
		}
		XmlOutput.element(xml, OAI, "identifier", identifier(practice));
		XmlOutput.element(xml, OAI, "datestamp", OaiDates.format(practice.updatedAt()));
		for (String set : OaiSets.of(practice)) {
			XmlOutput.element(xml, OAI, "setSpec", set);
		}
		xml.writeEndElement();
	}

	private void record(XMLStreamWriter xml, PracticeStamp stamp, Practice practice) throws XMLStreamException {
		xml.writeStartElement(OAI, "record");
		header(xml, stamp);
		if (practice != null) {
			xml.writeStartElement(OAI, "metadata");
			dublinCore(xml, CitedPractice.of(practice, this.links), practice);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void dublinCore(XMLStreamWriter xml, CitedPractice cited, Practice practice)
			throws XMLStreamException {
		xml.writeStartElement("oai_dc", "dc", OAI_DC);
		xml.writeNamespace("oai_dc", OAI_DC);
		xml.writeNamespace("dc", DC);
		xml.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
		List<String[]> elements = new ArrayList<>();
		elements.add(new String[] { "title", cited.title() });
		cited.authors().forEach((author) -> elements.add(new String[] { "creator", author }));
		cited.themes().forEach((theme) -> elements.add(new String[] { "subject", theme.label() }));
		if (!cited.abstractText().isEmpty()) {
			elements.add(new String[] { "description", cited.abstractText() });
		}
		elements.add(new String[] { "publisher", cited.publisher() });
		elements.add(new String[] { "date", cited.date().toString() });
		elements.add(new String[] { "type", "Text" });
		elements.add(new String[] { "format", "text/html" });
		elements.add(new String[] { "identifier", cited.url() });
		elements.add(new String[] { "identifier", cited.permanentUrl() });
		elements.add(new String[] { "source", cited.compendiumTitle() + " (" + cited.biennium() + ")" });
		elements.add(new String[] { "language", "en" });
		elements.add(new String[] { "coverage", practice.getRegion().label() });
		for (CountryRef country : cited.countries()) {
			elements.add(new String[] { "coverage", country.name() });
		}
		for (String[] element : elements) {
			xml.writeStartElement("dc", element[0], DC);
			xml.writeCharacters(element[1]);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void write(HttpServletResponse response, String verb, Map<String, String> arguments, String verbElement,
			Body body) throws IOException, XMLStreamException {
		response.setContentType("text/xml;charset=UTF-8");
		XMLStreamWriter xml = XmlOutput.start(response.getOutputStream());
		xml.setDefaultNamespace(OAI);
		xml.writeStartElement(OAI, "OAI-PMH");
		xml.writeDefaultNamespace(OAI);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
		XmlOutput.element(xml, OAI, "responseDate", OaiDates.format(Instant.now()));
		xml.writeStartElement(OAI, "request");
		if (verb != null) {
			xml.writeAttribute("verb", verb);
			for (Map.Entry<String, String> argument : arguments.entrySet()) {
				xml.writeAttribute(argument.getKey(), argument.getValue());
			}
		}
		xml.writeCharacters(baseUrl());
		xml.writeEndElement();
		if (verbElement != null) {
			xml.writeStartElement(OAI, verbElement);
			body.write(xml);
			xml.writeEndElement();
		}
		else {
			body.write(xml);
		}
		XmlOutput.end(xml);
	}

}
