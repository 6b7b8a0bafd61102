package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sstc.catalogue.system.Whitespace;

/**
 * A practice as a BibTeX entry ({@code @techreport}, which reference managers import as a
 * report). Values are braced and TeX's special characters escaped; names are
 * double-braced so that "ILO Country Office for Bangladesh" stays one corporate name
 * instead of being read as given and family names.
 */
final class BibTexFormat {

	private BibTexFormat() {
	}

	static void write(CitedPractice practice, Appendable out) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", escape(practice.title()));
		fields.put("author",
				practice.authors()
					.stream()
					.map((name) -> "{" + escape(name) + "}")
					.collect(Collectors.joining(" and ")));
		fields.put("institution", escape(practice.publisher()));
		fields.put("type", escape(practice.label().replaceAll(" \\d+$", "")));
		fields.put("number", String.valueOf(practice.number()));
		fields.put("note", escape("In: " + practice.compendiumTitle() + " (" + practice.biennium() + " biennium)"));
		fields.put("year", String.valueOf(practice.date().getYear()));
		fields.put("month", String.valueOf(practice.date().getMonthValue()));
		fields.put("url", escape(practice.url()));
		fields.put("urldate", practice.date().toString());
		if (!practice.abstractText().isEmpty()) {
			fields.put("abstract", escape(practice.abstractText()));
		}
		fields.put("keywords",
				escape(String.join(", ", practice.themes().stream().map((theme) -> theme.label()).toList())));
		out.append("@techreport{").append(practice.key()).append(",\n");
		int i = 0;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			out.append("  ").append(field.getKey()).append(" = {").append(field.getValue()).append('}');
			out.append(++i < fields.size() ? ",\n" : "\n");
		}
		out.append("}\n");
	}

	/** TeX's special characters as text; line breaks as spaces. */
	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (char c : Whitespace.collapsed(value).strip().toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '%', '&', '$', '#', '_' -> escaped.append('\\').append(c);
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
