package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import org.sstc.catalogue.practice.Contact;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.FundingSource;
import org.sstc.catalogue.practice.Organisation;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.VocabularyTerm;
import org.sstc.catalogue.practice.WebLink;

/**
 * The field-by-field difference between two versions of a practice, with changed words
 * marked: every field of the practice and every section of its body and of each of its
 * parts, each under its own label.
 */
final class PracticeDiff {

	/**
	 * The most pieces (words and the spaces between them, or lines) that a stretch of two
	 * texts may have, both sides together, to be compared piece by piece: Myers'
	 * algorithm takes up to their square in steps (9 million, about a tenth of a second),
	 * where they have little in common. The compendium's longest paragraph has 705.
	 */
	private static final int MAX_PIECES = 3_000;

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private static final Pattern LINE_END = Pattern.compile("(?<=\\n)");

	private PracticeDiff() {
	}

	/**
	 * One span of a field's text: unchanged ({@code same}), {@code removed} or
	 * {@code added}.
	 */
	record Segment(String text, String kind) {
	}

	/**
	 * A field of a practice as text, under its label's message key; {@code part} is the
	 * number of the part it belongs to (from 1), or null for the practice's own.
	 */
	record Field(String name, String labelKey, Integer part, String text) {
	}

	/** A field whose value differs, with both values and the marked-up difference. */
	record FieldChange(String field, String labelKey, Integer part, String before, String after,
			List<Segment> segments) {
	}

	static List<FieldChange> between(PracticeContent before, PracticeContent after) {
		Map<String, Field> old = fields(before);
		Map<String, Field> now = fields(after);
		Set<String> names = new LinkedHashSet<>(old.keySet());
		names.addAll(now.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			Field a = old.get(name);
			Field b = now.get(name);
			String textA = (a != null) ? a.text() : null;
			String textB = (b != null) ? b.text() : null;
			if (!Objects.equals(textA, textB)) {
				Field field = (a != null) ? a : b;
				changes.add(new FieldChange(name, field.labelKey(), field.part(), textA, textB,
						words(Objects.toString(textA, ""), Objects.toString(textB, ""))));
			}
		}
		return changes;
	}

	/**
	 * Every field of the content as text, in the form's order; lists one entry per line.
	 */
	static Map<String, Field> fields(PracticeContent content) {
		Map<String, Field> fields = new LinkedHashMap<>();
		add(fields, "number", String.valueOf(content.number()));
		add(fields, "slug", content.slug());
		add(fields, "heading", content.heading());
		fields.put("shortTitle", new Field("shortTitle", "form.shortTitle", null, content.shortTitle()));
		add(fields, "region", (content.region() != null) ? content.region().label() : null);
		add(fields, "regionAsWritten", content.regionAsWritten());
		add(fields, "regionInferred", String.valueOf(content.regionInferred()));
		body(fields, "", null, content.body());
		add(fields, "imageCaptions", lines(content.imageCaptions().stream()));
		add(fields, "themes", lines(content.themes().stream().map(VocabularyTerm::label)));
		add(fields, "modalities", lines(content.modalities().stream().map(VocabularyTerm::label)));
		for (int i = 0; i < content.parts().size(); i++) {
			String prefix = "parts[" + i + "].";
			fields.put(prefix + "label",
					new Field(prefix + "label", "field.label", i + 1, content.parts().get(i).label()));
			body(fields, prefix, i + 1, content.parts().get(i).body());
		}
		add(fields, "repairs", lines(content.repairs().stream()));
		add(fields, "missing", lines(content.missing().stream()));
		return fields;
	}

	private static void add(Map<String, Field> fields, String name, String text) {
		fields.put(name, new Field(name, "field." + name, null, text));
	}

	private static void body(Map<String, Field> fields, String prefix, Integer part, PracticeBody body) {
		for (PracticeSection section : PracticeBody.SECTIONS) {
			String name = prefix + section.name();
			fields.put(name, new Field(name, section.messageKey(), part, text(section, body)));
		}
	}

	/** A section's text, or its rows one per line. */
	private static String text(PracticeSection section, PracticeBody body) {
		if (section.kind().isText()) {
			return section.text(body);
		}
		return lines(section.rows(body).stream().map((row) -> switch (section.kind()) {
			case COUNTRIES -> {
				CountryRef country = (CountryRef) row;
				yield country.code() + " " + country.name() + (country.inferred() ? " (inferred)" : "");
			}
			case ORGANISATIONS -> {
				Organisation organisation = (Organisation) row;
				yield ((organisation.acronym() != null) ? organisation.acronym() + " – " : "") + organisation.name();
			}
			case CONTACTS -> {
				Contact contact = (Contact) row;
				yield joinPresent(contact.name(), contact.role(), contact.organisation(), contact.email(),
						contact.phone());
			}
			case FUNDING_SOURCES -> {
				FundingSource source = (FundingSource) row;
				yield source.code() + " " + source.name();
			}
			case LINKS -> {
				WebLink link = (WebLink) row;
				yield link.title() + ((link.url() != null) ? " <" + link.url() + ">" : "");
			}
			case LINE, MARKDOWN -> throw new IllegalStateException(section.name() + " is text");
		}));
	}

	private static String lines(Stream<String> values) {
		String text = values.collect(Collectors.joining("\n"));
		return text.isEmpty() ? null : text;
	}

	private static String joinPresent(String... values) {
		return Stream.of(values).filter(Objects::nonNull).collect(Collectors.joining(" · "));
	}

	/**
	 * A word-level difference: the words (and the spaces between them) removed and added,
	 * by Myers' algorithm in its linear-space form, first line by line and then word by
	 * word within the lines that changed. Its time grows with the length of what differs
	 * times the number of differences, so a long stretch with little in common is shown
	 * replaced whole (beyond {@link #MAX_PIECES}); a few changes in a long text are still
	 * marked word by word.
	 */
	static List<Segment> words(String before, String after) {
		Segments segments = new Segments();
		Consumer<String> same = (text) -> segments.append(text, "same");
		compare(lines(before), lines(after), same, (removedLines, addedLines) -> compare(tokens(removedLines),
				tokens(addedLines), same, (removed, added) -> {
					segments.append(removed, "removed");
					segments.append(added, "added");
				}));
		return segments.list();
	}

	/**
	 * Compares two lists of pieces of text, passing on each piece they share and each
	 * stretch that differs (its pieces joined, before and after). Their common start and
	 * end are set aside first, which is cheap; the rest is compared piece by piece unless
	 * that would take too long, and is then one stretch that differs.
	 */
	private static void compare(List<String> a, List<String> b, Consumer<String> same,
			BiConsumer<String, String> changed) {
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int end = 0;
		while (end < a.size() - start && end < b.size() - start
				&& a.get(a.size() - 1 - end).equals(b.get(b.size() - 1 - end))) {
			end++;
		}
		a.subList(0, start).forEach(same);
		List<String> middleA = a.subList(start, a.size() - end);
		List<String> middleB = b.subList(start, b.size() - end);
		if (middleA.size() + middleB.size() > MAX_PIECES) {
			changed.accept(String.join("", middleA), String.join("", middleB));
		}
		else {
			// deltas with nothing shared between them (a deletion next to an insertion)
			// are one stretch
			StringBuilder removed = new StringBuilder();
			StringBuilder added = new StringBuilder();
			int i = 0;
			for (AbstractDelta<String> delta : DiffUtils.diff(middleA, middleB, new MyersDiffWithLinearSpace<>())
				.getDeltas()) {
				Chunk<String> source = delta.getSource();
				if (source.getPosition() > i) {
					flush(removed, added, changed);
					middleA.subList(i, source.getPosition()).forEach(same);
				}
				source.getLines().forEach(removed::append);
				delta.getTarget().getLines().forEach(added::append);
				i = source.getPosition() + source.size();
			}
			flush(removed, added, changed);
			middleA.subList(i, middleA.size()).forEach(same);
		}
		a.subList(a.size() - end, a.size()).forEach(same);
	}

	private static void flush(StringBuilder removed, StringBuilder added, BiConsumer<String, String> changed) {
		if (!removed.isEmpty() || !added.isEmpty()) {
			changed.accept(removed.toString(), added.toString());
			removed.setLength(0);
			added.setLength(0);
		}
	}

	/** The lines of a text, each with its line break. */
	private static List<String> lines(String text) {
		return List.of(LINE_END.split(text, -1));
	}

	/**
	 * The segments of a difference as they are found: text of the same kind as the last
	 * is added to it.
	 */
	private static final class Segments {

		private final List<Segment> list = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private String kind;

		void append(String text, String kind) {
			if (text.isEmpty()) {
				return;
			}
			if (!kind.equals(this.kind)) {
				flush();
				this.kind = kind;
			}
			this.text.append(text);
		}

		List<Segment> list() {
			flush();
			return this.list;
		}

		private void flush() {
			if (!this.text.isEmpty()) {
				this.list.add(new Segment(this.text.toString(), this.kind));
				this.text.setLength(0);
			}
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
