package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.system.Whitespace;

/**
 * A practice as a RIS record (type RPRT, a report), as Zotero, EndNote and Mendeley
 * import it.
 */
final class RisFormat {

	private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private RisFormat() {
	}

	static void write(CitedPractice practice, Appendable out) throws IOException {
		tag(out, "TY", "RPRT");
		tag(out, "ID", practice.key());
		tag(out, "TI", practice.title());
		tag(out, "ST", practice.shortTitle());
		for (String author : practice.authors()) {
			tag(out, "AU", author);
		}
		tag(out, "T2", practice.compendiumTitle());
		tag(out, "PB", practice.publisher());
		tag(out, "M1", String.valueOf(practice.number()));
		tag(out, "PY", String.valueOf(practice.date().getYear()));
		tag(out, "DA", RIS_DATE.format(practice.date()));
		tag(out, "UR", practice.url());
		if (!practice.abstractText().isEmpty()) {
			tag(out, "AB", practice.abstractText());
		}
		for (Theme theme : practice.themes()) {
			tag(out, "KW", theme.label());
		}
		for (CountryRef country : practice.countries()) {
			tag(out, "KW", country.name());
		}
		tag(out, "LA", "en");
		tag(out, "ER", "");
	}

	/**
	 * One line per tag: "XX - value", CRLF as the format asks; a value's own line breaks
	 * become spaces.
	 */
	private static void tag(Appendable out, String tag, String value) throws IOException {
		out.append(tag).append("  - ").append(Whitespace.collapsed(value).strip()).append("\r\n");
	}

}
