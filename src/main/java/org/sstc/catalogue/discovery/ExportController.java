package org.sstc.catalogue.discovery;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeJson;
import org.sstc.catalogue.search.SearchQuery;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports of a whole result set, every practice the search lists (not one page), in the
 * search's order, written as they are read: CSV for spreadsheets, RIS and BibTeX for
 * reference managers, JSON with the API's full records. Each takes the search page's
 * parameters; page and size are ignored.
 */
@Controller
@EnableConfigurationProperties(ExportProperties.class)
class ExportController {

	private final ResultSetExports exports;

	private final ExportSlots slots;

	private final PracticeLinks links;

	private final JsonMapper json;

	ExportController(ResultSetExports exports, ExportSlots slots, PracticeLinks links, JsonMapper json) {
		this.exports = exports;
		this.slots = slots;
		this.links = links;
		this.json = json;
	}

	@GetMapping("/practices.csv")
	void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		SearchQuery query = query(parameters);
		try (ExportSlots.Slot slot = this.slots.take()) {
			ResultSetExports.Listed listed = this.exports.listed(query);
			Writer out = start(response, "text/csv;charset=UTF-8;header=present", "csv");
			CsvExport csv = new CsvExport(out, this.links);
			each(listed, (practice) -> csv.write(practice), csv::flush);
			out.flush();
		}
	}

	@GetMapping("/practices.ris")
	void ris(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		citations(query(parameters), response, CitationController.RIS.toString(), "ris", CitationFormat.RIS, "\r\n");
	}

	@GetMapping("/practices.bib")
	void bibtex(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
			throws IOException {
		citations(query(parameters), response, CitationController.BIBTEX.toString(), "bib", CitationFormat.BIBTEX,
				"\n");
	}

	/** One reference after another, with a blank line between. */
	private void citations(SearchQuery query, HttpServletResponse response, String contentType, String extension,
			CitationFormat format, String lineBreak) throws IOException {
		try (ExportSlots.Slot slot = this.slots.take()) {
			ResultSetExports.Listed listed = this.exports.listed(query);
			Writer out = start(response, contentType, extension);
			each(listed, (practice) -> {
				format.write(CitedPractice.of(practice, this.links), out);
				out.write(lineBreak);
			}, out::flush);
			out.flush();
		}
	}

	@GetMapping("/practices.json")
	void json(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		SearchQuery query = query(parameters);
		try (ExportSlots.Slot slot = this.slots.take()) {
			ResultSetExports.Listed listed = this.exports.listed(query);
			try (JsonGenerator generator = this.json.createGenerator(start(response, "application/json", "json"))) {
				generator.writeStartArray();
				each(listed,
						(practice) -> generator.writePOJO(PracticeJson.Detail.of(practice, this.links.page(practice))),
						generator::flush);
				generator.writeEndArray();
			}
		}
	}

	private static SearchQuery query(MultiValueMap<String, String> parameters) {
		// read as the search page reads them, so that a bad value is refused before
		// anything is written
		return SearchQuery.from(parameters, SearchFeed.PAGE_SIZE);
	}

	private static Writer start(HttpServletResponse response, String contentType, String extension) throws IOException {
		response.setContentType(contentType);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("sstc-practices." + extension).build().toString());
		return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	private interface PracticeWriter {

		void write(Practice practice) throws IOException;

	}

	private interface Flush {

		void flush() throws IOException;

	}

	/** Writes each practice, and sends what is written after each hundred. */
	private static void each(ResultSetExports.Listed listed, PracticeWriter writer, Flush flush) {
		listed.forEach((practices) -> {
			try {
				for (Practice practice : practices) {
					writer.write(practice);
				}
				flush.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
