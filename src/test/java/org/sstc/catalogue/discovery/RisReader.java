package org.sstc.catalogue.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of RIS as the format's specification writes it (no well-kept Java
 * reader is on Maven Central): every line is "XX - value" with CRLF endings, a record
 * starts with TY and ends with ER, and nothing stands between records but blank lines.
 * Anything else fails the test that reads it.
 */
final class RisReader {

	private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

	private RisReader() {
	}

	record Record(Map<String, List<String>> tags) {

		String first(String tag) {
			List<String> values = this.tags.getOrDefault(tag, List.of());
			return values.isEmpty() ? null : values.get(0);
		}

		List<String> all(String tag) {
			return this.tags.getOrDefault(tag, List.of());
		}

	}

	static List<Record> read(String text) {
		if (!text.isEmpty() && !text.endsWith("\r\n")) {
			throw new AssertionError("RIS must end with CRLF");
		}
		List<Record> records = new ArrayList<>();
		Map<String, List<String>> current = null;
		String[] lines = text.split("\r\n", -1);
		for (int i = 0; i < lines.length - 1; i++) {
			String line = lines[i];
			if (line.contains("\n") || line.contains("\r")) {
				throw new AssertionError("Line " + (i + 1) + " has a bare line break");
			}
			if (line.isEmpty() && current == null) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				throw new AssertionError("Line " + (i + 1) + " is not 'XX  - value': " + line);
			}
			String tag = matcher.group(1);
			if (current == null) {
				if (!tag.equals("TY")) {
					throw new AssertionError("Line " + (i + 1) + ": a record must start with TY, not " + tag);
				}
				current = new LinkedHashMap<>();
			}
			else if (tag.equals("TY")) {
				throw new AssertionError("Line " + (i + 1) + ": TY before the previous record's ER");
			}
			if (tag.equals("ER")) {
				if (!matcher.group(2).isEmpty()) {
					throw new AssertionError("Line " + (i + 1) + ": ER takes no value");
				}
				records.add(new Record(current));
				current = null;
				continue;
			}
			current.computeIfAbsent(tag, (key) -> new ArrayList<>()).add(matcher.group(2));
		}
		if (current != null) {
			throw new AssertionError("The last record has no ER");
		}
		return records;
	}

}
