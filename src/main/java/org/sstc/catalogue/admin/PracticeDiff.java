package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticePart;
import org.sstc.catalogue.practice.VocabularyTerm;

/** The field-by-field difference between two versions of a practice, with changed words marked. */
final class PracticeDiff {

	/** Longer texts are shown as replaced whole rather than word by word, to bound the work. */
	private static final int MAX_WORD_PRODUCT = 4_000_000;

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private PracticeDiff() {
	}

	/** One span of a field's text: unchanged, removed or added. */
	record Segment(String text, String kind) {
	}

	/** A field whose value differs, with both values and the marked-up difference. */
	record FieldChange(String field, String before, String after, List<Segment> segments) {
	}

	static List<FieldChange> between(PracticeContent before, PracticeContent after) {
		Map<String, String> old = fields(before);
		Map<String, String> now = fields(after);
		List<FieldChange> changes = new ArrayList<>();
		for (String field : old.keySet()) {
			String a = old.get(field);
			String b = now.get(field);
			if (!Objects.equals(a, b)) {
				changes.add(new FieldChange(field, a, b, words(a == null ? "" : a, b == null ? "" : b)));
			}
		}
		return changes;
	}

	/** Every field of the content as text, in the form's order; lists one entry per line. */
	static Map<String, String> fields(PracticeContent content) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("number", String.valueOf(content.number()));
		fields.put("slug", content.slug());
		fields.put("heading", content.heading());
		fields.put("shortTitle", content.shortTitle());
		fields.put("title", content.title());
		fields.put("region", (content.region() != null) ? content.region().label() : null);
		fields.put("regionAsWritten", content.regionAsWritten());
		fields.put("regionInferred", String.valueOf(content.regionInferred()));
		fields.put("authors", content.authors());
		fields.put("institutions", content.institutions());
		fields.put("countriesInvolved", content.countriesInvolved());
		fields.put("countries", lines(content.countries().stream()
			.map((c) -> c.code() + " " + c.name() + (c.inferred() ? " (inferred)" : ""))));
		fields.put("organisations", lines(content.organisations().stream()
			.map((o) -> (o.acronym() != null ? o.acronym() + " – " : "") + o.name())));
		fields.put("objectives", content.objectives());
		fields.put("cooperation", content.cooperation());
		fields.put("peerLearning", content.peerLearning());
		fields.put("innovation", content.innovation());
		fields.put("sustainability", content.sustainability());
		fields.put("adaptability", content.adaptability());
		fields.put("results", content.results());
		fields.put("contactDetails", content.contactDetails());
		fields.put("contacts", lines(content.contacts().stream()
			.map((c) -> joinPresent(c.name(), c.role(), c.organisation(), c.email(), c.phone()))));
		fields.put("funding", content.funding());
		fields.put("fundingSources", lines(content.fundingSources().stream().map((f) -> f.code() + " " + f.name())));
		fields.put("materials", content.materials());
		fields.put("links", lines(content.links().stream()
			.map((l) -> l.title() + (l.url() != null ? " <" + l.url() + ">" : ""))));
		fields.put("imageCaptions", lines(content.imageCaptions().stream()));
		fields.put("themes", lines(content.themes().stream().map(VocabularyTerm::label)));
		fields.put("modalities", lines(content.modalities().stream().map(VocabularyTerm::label)));
		for (int i = 0; i < content.parts().size(); i++) {
			PracticePart part = content.parts().get(i);
			fields.put("part" + (i + 1), partText(part));
		}
		fields.put("repairs", lines(content.repairs().stream()));
		fields.put("missing", lines(content.missing().stream()));
		return fields;
	}

	/** A part of a practice as labelled lines, so that a change in one of its fields shows where it is. */
	private static String partText(PracticePart part) {
		PracticeContent asContent = new PracticeContent(0, null, null, null, part.title(), null, null, false,
				part.authors(), part.institutions(), part.countriesInvolved(), part.countries(), part.organisations(),
				part.objectives(), part.cooperation(), part.peerLearning(), part.innovation(), part.sustainability(),
				part.adaptability(), part.results(), part.contactDetails(), part.contacts(), part.funding(),
				part.fundingSources(), part.materials(), part.links(), null, null, null, null, null, null);
		StringBuilder text = new StringBuilder(part.label()).append('\n');
		fields(asContent).forEach((field, value) -> {
			if (value != null && !field.equals("number") && !field.equals("regionInferred")) {
				text.append(field).append(": ").append(value).append('\n');
			}
		});
		return text.toString().strip();
	}

	private static String lines(java.util.stream.Stream<String> values) {
		String text = values.collect(Collectors.joining("\n"));
		return text.isEmpty() ? null : text;
	}

	private static String joinPresent(String... values) {
		return java.util.Arrays.stream(values).filter(Objects::nonNull).collect(Collectors.joining(" · "));
	}

	/** A word-level difference (longest common subsequence of words and spaces). */
	static List<Segment> words(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		if ((long) a.size() * b.size() > MAX_WORD_PRODUCT) {
			return List.of(new Segment(before, "removed"), new Segment(after, "added"));
		}
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				append(segments, a.get(i), "same");
				i++;
				j++;
			}
			else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
				append(segments, b.get(j), "added");
				j++;
			}
			else {
				append(segments, a.get(i), "removed");
				i++;
			}
		}
		return segments;
	}

	private static void append(List<Segment> segments, String text, String kind) {
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind().equals(kind)) {
			Segment last = segments.remove(segments.size() - 1);
			segments.add(new Segment(last.text() + text, kind));
		}
		else {
			segments.add(new Segment(text, kind));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
