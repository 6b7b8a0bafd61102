package org.sstc.catalogue.contribution;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

/**
 * How a section's value is written in the answer cell of the Word template, as lines, and
 * read back from them. Text: one paragraph of the cell per line of the text (an empty
 * paragraph for a blank line, so Markdown's paragraphs survive). Structured rows
 * (countries, organisations, contacts, funding sources, links): one row per line, its
 * parts in the order of the row's record, separated by {@code " | "}; an empty part is
 * "none" ({@code | | ILO | ilo@ilo.org}), empty parts at the end may be left out, and a
 * {@code |} or {@code \} inside a part is written {@code \|} or {@code \\}. A true flag
 * (a country's {@code inferred}) is written as its name, a false one as nothing.
 */
final class TemplateDocumentCells {

	private static final String SEPARATOR = " | ";

	private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");

	private static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Za-z]{2}$");

	private TemplateDocumentCells() {
	}

	/** The lines of the cell that holds this section's value in the body. */
	static List<String> lines(PracticeSection section, PracticeBody body) {
		if (section.kind().isText()) {
			String text = section.text(body);
			return (text == null) ? List.of() : List.of(text.split("\n", -1));
		}
		return section.rows(body).stream().map(TemplateDocumentCells::line).toList();
	}

	/**
	 * The section's value from the lines of its cell: text (null when there is none), or
	 * the list of rows, one per non-blank line.
	 */
	static Object value(PracticeSection section, List<String> lines) {
		if (section.kind().isText()) {
			String text = String.join("\n", lines).strip();
			return text.isEmpty() ? null : text;
		}
		List<Object> rows = new ArrayList<>();
		for (String line : lines) {
			if (!line.isBlank()) {
				rows.add(row(section.kind(), line.strip()));
			}
		}
		return rows;
	}

	private static String line(Object row) {
		RecordComponent[] components = row.getClass().getRecordComponents();
		List<String> parts = new ArrayList<>();
		for (RecordComponent component : components) {
			Object value = read(component, row);
			if (value instanceof Boolean flag) {
				parts.add(flag ? component.getName() : "");
			}
			else {
				parts.add((value != null) ? escape(value.toString()) : "");
			}
		}
		while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
			parts.remove(parts.size() - 1);
		}
		return String.join(SEPARATOR, parts).strip();
	}

	private static Object row(PracticeSection.Kind kind, String line) {
		Class<?> type = kind.valueType();
		RecordComponent[] components = type.getRecordComponents();
		List<String> parts = split(line);
		if (parts.size() == 1) {
			parts = alone(kind, parts.get(0), components.length);
		}
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			String part = (i < parts.size()) ? parts.get(i).strip() : "";
			if (components[i].getType() == boolean.class) {
				values[i] = !part.isEmpty();
			}
			else {
				values[i] = part.isEmpty() ? null : part;
			}
		}
		try {
			Constructor<?> constructor = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot make a " + type.getSimpleName(), ex);
		}
	}

	/**
	 * A row written as one part, as someone filling in the template by hand may write it:
	 * a country's name rather than its code, an organisation's name rather than its
	 * acronym, a bare web address.
	 */
	private static List<String> alone(PracticeSection.Kind kind, String part, int size) {
		return switch (kind) {
			case COUNTRIES -> COUNTRY_CODE.matcher(part).matches() ? List.of(part) : List.of("", part);
			case ORGANISATIONS, FUNDING_SOURCES -> part.contains(" ") ? List.of("", part) : List.of(part);
			case LINKS -> URL.matcher(part).matches() ? List.of(part, part) : List.of(part);
			default -> List.of(part);
		};
	}

	/** The parts of a line between unescaped {@code |}, unescaped. */
	static List<String> split(String line) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '|' || line.charAt(i + 1) == '\\')) {
				part.append(line.charAt(++i));
			}
			else if (c == '|') {
				parts.add(part.toString().strip());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString().strip());
		return parts;
	}

	private static String escape(String part) {
		return part.replace("\\", "\\\\").replace("|", "\\|");
	}

	private static Object read(RecordComponent component, Object row) {
		try {
			return component.getAccessor().invoke(row);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

}
