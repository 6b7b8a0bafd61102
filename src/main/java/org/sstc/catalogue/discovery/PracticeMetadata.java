package org.sstc.catalogue.discovery;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.Theme;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a practice's page tells machines about it: schema.org JSON-LD for search engines,
 * Highwire Press {@code citation_*} tags for Google Scholar and Zotero, and Dublin Core
 * tags for library tools.
 *
 * @param jsonLd the JSON-LD, safe inside a {@code <script>} element: {@code <}, {@code >}
 * and {@code &} are escaped
 */
record PracticeMetadata(String jsonLd, List<Meta> highwire, List<Meta> dublinCore) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	record Meta(String name, String content) {
	}

	static PracticeMetadata of(CitedPractice practice, String themeUrl, String compendiumUrl) {
		return new PracticeMetadata(jsonLd(practice, themeUrl, compendiumUrl), highwire(practice),
				dublinCore(practice));
	}

	private static String jsonLd(CitedPractice practice, String themeUrl, String compendiumUrl) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Report");
		data.put("@id", practice.permanentUrl());
		data.put("url", practice.url());
		data.put("name", practice.title());
		data.put("alternateName", practice.shortTitle());
		data.put("reportNumber", String.valueOf(practice.number()));
		if (!practice.abstractText().isEmpty()) {
			data.put("abstract", practice.abstractText());
		}
		data.put("author",
				practice.authors().stream().map((name) -> Map.of("@type", "Organization", "name", name)).toList());
		data.put("publisher",
				Map.of("@type", "Organization", "name", practice.publisher(), "url", "https://www.ilo.org"));
		data.put("isPartOf", Map.of("@type", "Collection", "@id", compendiumUrl, "name", practice.compendiumTitle(),
				"temporalCoverage", practice.biennium()));
		data.put("spatialCoverage",
				practice.countries()
					.stream()
					.map((country) -> Map.of("@type", "Country", "name", country.name(), "identifier", country.code()))
					.toList());
		data.put("about",
				practice.themes()
					.stream()
					.map((theme) -> Map.of("@type", "DefinedTerm", "name", theme.label(), "termCode", theme.code(),
							"url", themeUrl + theme.code()))
					.toList());
		data.put("keywords", practice.themes().stream().map(Theme::label).toList());
		data.put("dateModified", practice.date().toString());
		data.put("inLanguage", "en");
		String json = JSON.writeValueAsString(data);
		// these characters appear only inside JSON strings, where the escapes mean the
		// same
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static List<Meta> highwire(CitedPractice practice) {
		List<Meta> tags = new ArrayList<>();
		tags.add(new Meta("citation_title", practice.title()));
		practice.authors().forEach((author) -> tags.add(new Meta("citation_author", author)));
		tags.add(new Meta("citation_publication_date", SLASHED.format(practice.date())));
		tags.add(new Meta("citation_publisher", practice.publisher()));
		tags.add(new Meta("citation_technical_report_institution", practice.publisher()));
		tags.add(new Meta("citation_technical_report_number", String.valueOf(practice.number())));
		tags.add(new Meta("citation_inbook_title", practice.compendiumTitle()));
		if (!practice.abstractText().isEmpty()) {
			tags.add(new Meta("citation_abstract", practice.abstractText()));
		}
		tags.add(new Meta("citation_keywords",
				String.join("; ", practice.themes().stream().map(Theme::label).toList())));
		tags.add(new Meta("citation_language", "en"));
		tags.add(new Meta("citation_abstract_html_url", practice.url()));
		return tags;
	}

	private static List<Meta> dublinCore(CitedPractice practice) {
		List<Meta> tags = new ArrayList<>();
		tags.add(new Meta("DC.title", practice.title()));
		practice.authors().forEach((author) -> tags.add(new Meta("DC.creator", author)));
		tags.add(new Meta("DC.publisher", practice.publisher()));
		tags.add(new Meta("DC.date", practice.date().toString()));
		tags.add(new Meta("DC.type", "Text"));
		tags.add(new Meta("DC.format", "text/html"));
		tags.add(new Meta("DC.identifier", practice.permanentUrl()));
		tags.add(new Meta("DC.language", "en"));
		practice.themes().forEach((theme) -> tags.add(new Meta("DC.subject", theme.label())));
		for (CountryRef country : practice.countries()) {
			tags.add(new Meta("DC.coverage", country.name()));
		}
		if (!practice.abstractText().isEmpty()) {
			tags.add(new Meta("DC.description", practice.abstractText()));
		}
		tags.add(new Meta("DC.relation", practice.compendiumTitle()));
		return tags;
	}

}
