package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sstc.catalogue.practice.Practice;

/**
 * Practices as CSV (RFC 4180: CRLF, quotes where needed), a header row then one row per
 * practice, lists joined with "; ". A cell that a spreadsheet would read as a formula
 * (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe,
 * as OWASP advises against CSV injection.
 */
final class CsvExport {

	static final List<String> HEADER = List.of("number", "short_title", "title", "region", "countries", "country_codes",
			"themes", "modalities", "organisations", "funding_sources", "authors", "institutions", "in_brief",
			"compendium", "updated", "url", "permanent_url");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

	private final CSVPrinter printer;

	private final PracticeLinks links;

	CsvExport(Writer out, PracticeLinks links) throws IOException {
		this.printer = new CSVPrinter(out, FORMAT);
		this.links = links;
	}

	void write(Practice practice) throws IOException {
		CitedPractice cited = CitedPractice.of(practice, this.links);
		List<Object> row = List.of(practice.getNumber(), practice.getShortTitle(), practice.getTitle(),
				practice.getRegion().label(),
				joined(practice.allCountries().stream().map((country) -> country.name()).toList()),
				joined(practice.allCountries().stream().map((country) -> country.code()).toList()),
				joined(practice.getThemes().stream().map((theme) -> theme.label()).toList()),
				joined(practice.getModalities().stream().map((modality) -> modality.label()).toList()),
				joined(cited.organisations()), joined(cited.fundingSources()),
				nullToEmpty(practice.getBody().authors()), nullToEmpty(practice.getBody().institutions()),
				cited.abstractText(), practice.getCompendium().getTitle(), practice.getUpdatedAt().toString(),
				cited.url(), cited.permanentUrl());
		this.printer.printRecord(row.stream().map((cell) -> neutralised(String.valueOf(cell))));
	}

	void flush() throws IOException {
		this.printer.flush();
	}

	/** A cell as text that no spreadsheet evaluates. */
	static String neutralised(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

	private static String joined(List<String> values) {
		return values.stream().collect(Collectors.joining("; "));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
