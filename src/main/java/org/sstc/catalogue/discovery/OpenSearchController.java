package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.search.PracticeSuggestions;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The OpenSearch 1.1 description that lets a browser add the catalogue to its search bar:
 * where the results are as a page, as Atom and as JSON, and where the search bar's
 * suggestions come from.
 */
@Controller
class OpenSearchController {

	static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	static final String SUGGESTIONS = "application/x-suggestions+json";

	private static final int SUGGESTION_COUNT = 8;

	private final PracticeLinks links;

	private final PracticeSuggestions suggestions;

	private final MessageSource messages;

	OpenSearchController(PracticeLinks links, PracticeSuggestions suggestions, MessageSource messages) {
		this.links = links;
		this.suggestions = suggestions;
		this.messages = messages;
	}

	@GetMapping("/opensearch.xml")
	void description(Locale locale, HttpServletResponse response) throws IOException, XMLStreamException {
		response.setContentType("application/opensearchdescription+xml;charset=UTF-8");
		XMLStreamWriter xml = XmlOutput.start(response.getOutputStream());
		xml.setDefaultNamespace(NAMESPACE);
		xml.writeStartElement(NAMESPACE, "OpenSearchDescription");
		xml.writeDefaultNamespace(NAMESPACE);
		// ShortName: at most 16 characters; Description: at most 1024
		XmlOutput.element(xml, NAMESPACE, "ShortName", this.messages.getMessage("opensearch.shortName", null, locale));
		XmlOutput.element(xml, NAMESPACE, "Description",
				this.messages.getMessage("opensearch.description", null, locale));
		XmlOutput.element(xml, NAMESPACE, "Tags", "ILO South-South cooperation good practices");
		url(xml, "text/html", "/practices");
		url(xml, "application/atom+xml", "/practices.atom");
		url(xml, "application/json", "/api/practices");
		xml.writeStartElement(NAMESPACE, "Url");
		xml.writeAttribute("type", SUGGESTIONS);
		xml.writeAttribute("template", this.links.to("/opensearch/suggestions", "") + "?q={searchTerms}");
		xml.writeEndElement();
		xml.writeStartElement(NAMESPACE, "Image");
		xml.writeAttribute("type", "image/svg+xml");
		xml.writeAttribute("width", "16");
		xml.writeAttribute("height", "16");
		xml.writeCharacters(this.links.to("/favicon.svg", ""));
		xml.writeEndElement();
		xml.writeStartElement(NAMESPACE, "Query");
		xml.writeAttribute("role", "example");
		xml.writeAttribute("searchTerms", "labour inspection");
		xml.writeEndElement();
		XmlOutput.element(xml, NAMESPACE, "Language", "*");
		XmlOutput.element(xml, NAMESPACE, "InputEncoding", "UTF-8");
		XmlOutput.element(xml, NAMESPACE, "OutputEncoding", "UTF-8");
		XmlOutput.end(xml);
	}

	private void url(XMLStreamWriter xml, String type, String path) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "Url");
		xml.writeAttribute("type", type);
		xml.writeAttribute("template", this.links.to(path, "") + "?q={searchTerms}&page={startPage?}");
		xml.writeAttribute("pageOffset", "1");
		xml.writeEndElement();
	}

	/**
	 * The search bar's suggestions in the OpenSearch suggestions format: the query, the
	 * completions, their descriptions (what kind of thing each is) and their addresses.
	 */
	@GetMapping(path = "/opensearch/suggestions")
	ResponseEntity<List<Object>> suggestions(@RequestParam(name = "q", required = false) String typed, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		for (PracticeSuggestions.Suggestion suggestion : this.suggestions.suggest(typed, SUGGESTION_COUNT, locale)) {
			labels.add(suggestion.label());
			kinds
				.add(this.messages.getMessage("opensearch.kind." + suggestion.kind(), null, suggestion.kind(), locale));
			urls.add(this.links.base() + suggestion.url());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(SUGGESTIONS + ";charset=UTF-8"))
			.body(List.of((typed != null) ? typed : "", labels, kinds, urls));
	}

}
