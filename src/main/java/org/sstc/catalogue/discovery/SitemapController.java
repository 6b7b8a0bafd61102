package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.practice.PublishedAddress;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * What search engines are asked to crawl: the sitemap (sitemaps.org 0.9) of the home
 * page, the browse pages of each region and theme, and every published practice's page
 * with the time it last changed; and robots.txt, which names it and keeps crawlers out of
 * the staff area, the facet pages and the exports. A catalogue of more addresses than one
 * file may list has a sitemap index at {@code /sitemap.xml}, whose files
 * ({@code /sitemap-1.xml} ...) are read a slice at a time: no request reads the whole
 * catalogue.
 */
@Controller
@EnableConfigurationProperties(SitemapProperties.class)
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final DateTimeFormatter W3C_DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final PracticeCatalogue catalogue;

	private final PracticeLinks links;

	private final int urlsPerFile;

	SitemapController(PracticeCatalogue catalogue, PracticeLinks links, SitemapProperties properties) {
		this.catalogue = catalogue;
		this.links = links;
		this.urlsPerFile = properties.urlsPerFile();
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
		Instant latest = this.catalogue.latestPublishedChange().orElse(null);
		long files = files();
		if (files == 1) {
			urls(response, 1, latest);
			return;
		}
		XMLStreamWriter xml = start(response);
		xml.writeStartElement(NAMESPACE, "sitemapindex");
		xml.writeDefaultNamespace(NAMESPACE);
		for (long file = 1; file <= files; file++) {
			xml.writeStartElement(NAMESPACE, "sitemap");
			XmlOutput.element(xml, NAMESPACE, "loc", this.links.to("/sitemap-" + file + ".xml", ""));
			lastModified(xml, latest);
			xml.writeEndElement();
		}
		XmlOutput.end(xml);
	}

	/**
	 * One file of a sitemap index (the first is also the whole sitemap of a small
	 * catalogue).
	 */
	@GetMapping("/sitemap-{file}.xml")
	void file(@PathVariable long file, HttpServletResponse response) throws IOException, XMLStreamException {
		if (file < 1 || file > files()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No sitemap file " + file);
		}
		urls(response, file, this.catalogue.latestPublishedChange().orElse(null));
	}

	/** The pages every sitemap lists first: home and browsing, by region and by theme. */
	private List<String> browsePages() {
		List<String> pages = new ArrayList<>();
		pages.add(this.links.to("/", ""));
		pages.add(this.links.to("/practices", ""));
		for (Region region : Region.values()) {
			pages.add(this.links.to("/practices", "region=" + region.code()));
		}
		for (Theme theme : Theme.values()) {
			pages.add(this.links.to("/practices", "theme=" + theme.code()));
		}
		return pages;
	}

	private long files() {
		long urls = browsePages().size() + this.catalogue.publishedCount();
		return Math.max(1, (urls + this.urlsPerFile - 1) / this.urlsPerFile);
	}

	/**
	 * The addresses of one file: its slice of the browse pages followed by the published
	 * practices' pages.
	 */
	private void urls(HttpServletResponse response, long file, Instant latest) throws IOException, XMLStreamException {
		List<String> browse = browsePages();
		long from = (file - 1) * this.urlsPerFile;
		long to = from + this.urlsPerFile;
		XMLStreamWriter xml = start(response);
		xml.writeStartElement(NAMESPACE, "urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (long i = from; i < Math.min(to, browse.size()); i++) {
			// home and the list of every practice change with every practice
			url(xml, browse.get((int) i), (i < 2) ? latest : null);
		}
		long practicesFrom = Math.max(0, from - browse.size());
		int practices = (int) (to - Math.max(from, browse.size()));
		if (practices > 0) {
			for (PublishedAddress practice : this.catalogue.publishedAddresses(practicesFrom, practices)) {
				url(xml, this.links.page(practice.slug()), practice.updatedAt());
			}
		}
		XmlOutput.end(xml);
	}

	private static XMLStreamWriter start(HttpServletResponse response) throws IOException, XMLStreamException {
		response.setContentType("application/xml;charset=UTF-8");
		XMLStreamWriter xml = XmlOutput.start(response.getOutputStream());
		xml.setDefaultNamespace(NAMESPACE);
		return xml;
	}

	private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "url");
		XmlOutput.element(xml, NAMESPACE, "loc", location);
		lastModified(xml, lastModified);
		xml.writeEndElement();
	}

	private static void lastModified(XMLStreamWriter xml, Instant lastModified) throws XMLStreamException {
		if (lastModified != null) {
			XmlOutput.element(xml, NAMESPACE, "lastmod",
					W3C_DATETIME.format(lastModified.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
		}
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
