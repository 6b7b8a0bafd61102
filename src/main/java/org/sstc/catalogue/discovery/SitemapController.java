package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines are asked to crawl: the sitemap (sitemaps.org 0.9) of the home
 * page, the browse pages of each region and theme, and every published practice's page
 * with the time it last changed; and robots.txt, which names it and keeps crawlers out of
 * the staff area, the facet pages and the exports.
 */
@Controller
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final DateTimeFormatter W3C_DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final PracticeCatalogue catalogue;

	private final PracticeLinks links;

	SitemapController(PracticeCatalogue catalogue, PracticeLinks links) {
		this.catalogue = catalogue;
		this.links = links;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
		List<Practice> practices = this.catalogue.published();
		Instant latest = practices.stream().map(Practice::getUpdatedAt).max(Comparator.naturalOrder()).orElse(null);
		response.setContentType("application/xml;charset=UTF-8");
		XMLStreamWriter xml = XmlOutput.start(response.getOutputStream());
		xml.setDefaultNamespace(NAMESPACE);
		xml.writeStartElement(NAMESPACE, "urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		url(xml, this.links.to("/", ""), latest);
		url(xml, this.links.to("/practices", ""), latest);
		for (Region region : Region.values()) {
			url(xml, this.links.to("/practices", "region=" + region.code()), null);
		}
		for (Theme theme : Theme.values()) {
			url(xml, this.links.to("/practices", "theme=" + theme.code()), null);
		}
		for (Practice practice : practices) {
			url(xml, this.links.page(practice), practice.getUpdatedAt());
		}
		XmlOutput.end(xml);
	}

	private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "url");
		XmlOutput.element(xml, NAMESPACE, "loc", location);
		if (lastModified != null) {
			XmlOutput.element(xml, NAMESPACE, "lastmod",
					W3C_DATETIME.format(lastModified.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
		}
		xml.writeEndElement();
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String rules = String.join("\n", "User-agent: *", "Disallow: /admin/", "Disallow: /account/",
				"Disallow: /practices/facets/", "Disallow: /practices.csv", "Disallow: /practices.ris",
				"Disallow: /practices.bib", "Disallow: /practices.json", "Disallow: /oai", "Allow: /", "",
				"Sitemap: " + this.links.to("/sitemap.xml", ""), "");
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(rules);
	}

}
