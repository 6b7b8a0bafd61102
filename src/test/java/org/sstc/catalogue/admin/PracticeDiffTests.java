package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.admin.PracticeDiff.FieldChange;
import org.sstc.catalogue.admin.PracticeDiff.Segment;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticePart;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.Theme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history's differences, without an application: words marked, fields labelled, parts
 * compared section by section.
 */
@Tag("unit")
class PracticeDiffTests {

	private static final List<PracticeContent> CURATED = CuratedRecords.read("compendium-2022-2023").practices();

	@ParameterizedTest(name = "\"{0}\" to \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			The original idea.           | The improved idea.        | The [-original-]{+improved+} idea.
			One two three                | One three                 | One [-two -]three
			One three                    | One two three             | One {+two +}three
			a b c d                      | a x c y                   | a [-b-]{+x+} c [-d-]{+y+}
			Same text                    | Same text                 | Same text
			                             | Added from nothing        | {+Added from nothing+}
			Removed to nothing           |                           | [-Removed to nothing-]
			""")
	void marksTheWordsRemovedAndAdded(String before, String after, String marked) {
		assertThat(render(PracticeDiff.words(nullToEmpty(before), nullToEmpty(after)))).isEqualTo(marked);
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void theSegmentsGiveBackBothTexts(long seed) {
		Random random = new Random(seed);
		String before = words(random, 300);
		String after = mutate(random, before);
		List<Segment> segments = PracticeDiff.words(before, after);
		assertThat(text(segments, "removed")).isEqualTo(before);
		assertThat(text(segments, "added")).isEqualTo(after);
	}

	@Test
	void twoLongTextsWithNothingInCommonAreShownReplacedWhole() {
		// 20,000 words each: comparing them word by word would take Myers' algorithm a
		// minute
		String before = IntStream.range(0, 20_000).mapToObj((i) -> "a" + i).collect(Collectors.joining(" "));
		String after = IntStream.range(0, 20_000).mapToObj((i) -> "b" + i).collect(Collectors.joining(" "));
		assertThat(PracticeDiff.words(before, after)).containsExactly(new Segment(before, "removed"),
				new Segment(after, "added"));
	}

	@Test
	void aFewChangesInALongTextAreStillMarkedWordByWord() {
		String paragraph = IntStream.range(0, 20_000).mapToObj((i) -> "w" + i).collect(Collectors.joining(" "));
		String text = paragraph + "\n\n" + paragraph;
		// a word changed in each paragraph
		String changed = text.replaceFirst("w10 ", "ten ");
		changed = changed.substring(0, changed.lastIndexOf("w19999")) + "last";
		List<Segment> segments = PracticeDiff.words(text, changed);
		assertThat(segments).filteredOn((segment) -> !segment.kind().equals("same"))
			.containsExactly(new Segment("w10", "removed"), new Segment("ten", "added"),
					new Segment("w19999", "removed"), new Segment("last", "added"));
		assertThat(text(segments, "removed")).isEqualTo(text);
		assertThat(text(segments, "added")).isEqualTo(changed);
	}

	@Test
	void theShortTitleIsLabelledAsTheShortTitle() {
		PracticeContent before = CURATED.get(0);
		PracticeContent after = new PracticeContent(before.number(), before.slug(), before.heading(),
				"A new short title", before.body(), before.region(), before.regionAsWritten(), before.regionInferred(),
				before.imageCaptions(), before.themes(), before.modalities(), before.parts(), before.repairs(),
				before.missing());
		List<FieldChange> changes = PracticeDiff.between(before, after);
		assertThat(changes).extracting(FieldChange::field).containsExactly("shortTitle");
		assertThat(changes.get(0).labelKey()).isEqualTo("form.shortTitle");
		assertThat(changes.get(0).part()).isNull();
	}

	@Test
	void everySectionChangedIsReportedUnderItsOwnLabel() {
		PracticeContent before = CURATED.get(0);
		PracticeBody changed = PracticeBody
			.of((section) -> section.kind().isText() ? "Changed " + section.name() : List.of());
		List<FieldChange> changes = PracticeDiff.between(before, withBody(before, changed));
		for (PracticeSection section : PracticeBody.SECTIONS) {
			if (!section.isEmptyIn(before.body()) || !section.isEmptyIn(changed)) {
				assertThat(changes).filteredOn((change) -> change.field().equals(section.name()))
					.as(section.name())
					.singleElement()
					.satisfies((change) -> assertThat(change.labelKey()).isEqualTo(section.messageKey()));
			}
		}
	}

	@Test
	void aPartIsComparedSectionBySectionUnderItsNumber() {
		PracticeContent before = CURATED.stream()
			.filter((practice) -> !practice.parts().isEmpty())
			.findFirst()
			.orElseThrow();
		PracticePart second = before.parts().get(1);
		PracticeBody body = PracticeBody.of((section) -> section.name().equals("results")
				? second.body().results() + " And more." : section.value(second.body()));
		PracticeContent after = new PracticeContent(before.number(), before.slug(), before.heading(),
				before.shortTitle(), before.body(), before.region(), before.regionAsWritten(), before.regionInferred(),
				before.imageCaptions(), before.themes(), before.modalities(),
				List.of(before.parts().get(0), new PracticePart(second.label(), body)), before.repairs(),
				before.missing());
		List<FieldChange> changes = PracticeDiff.between(before, after);
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.field()).isEqualTo("parts[1].results");
			assertThat(change.part()).isEqualTo(2);
			assertThat(change.labelKey()).isEqualTo("field.results");
			assertThat(render(change.segments())).endsWith("{+ And more.+}");
		});
	}

	@Test
	void theSameContentHasNoDifferenceAndThemesInAnotherOrderHaveOne() {
		PracticeContent practice = CURATED.get(0);
		assertThat(PracticeDiff.between(practice, practice)).isEmpty();
		List<Theme> reversed = new ArrayList<>(practice.themes());
		Collections.reverse(reversed);
		PracticeContent reordered = new PracticeContent(practice.number(), practice.slug(), practice.heading(),
				practice.shortTitle(), practice.body(), practice.region(), practice.regionAsWritten(),
				practice.regionInferred(), practice.imageCaptions(), reversed, practice.modalities(), practice.parts(),
				practice.repairs(), practice.missing());
		assertThat(PracticeDiff.between(practice, reordered)).extracting(FieldChange::field).containsExactly("themes");
	}

	private static PracticeContent withBody(PracticeContent content, PracticeBody body) {
		return new PracticeContent(content.number(), content.slug(), content.heading(), content.shortTitle(), body,
				content.region(), content.regionAsWritten(), content.regionInferred(), content.imageCaptions(),
				content.themes(), content.modalities(), content.parts(), content.repairs(), content.missing());
	}

	/** Removed text as [-...-], added as {+...+}. */
	private static String render(List<Segment> segments) {
		return segments.stream().map((segment) -> switch (segment.kind()) {
			case "removed" -> "[-" + segment.text() + "-]";
			case "added" -> "{+" + segment.text() + "+}";
			default -> segment.text();
		}).collect(Collectors.joining());
	}

	/**
	 * The text the segments make without those of the other kind: before ("removed") or
	 * after ("added").
	 */
	private static String text(List<Segment> segments, String kind) {
		return segments.stream()
			.filter((segment) -> segment.kind().equals("same") || segment.kind().equals(kind))
			.map(Segment::text)
			.collect(Collectors.joining());
	}

	private static String words(Random random, int count) {
		return IntStream.range(0, count).mapToObj((i) -> "w" + random.nextInt(40)).collect(Collectors.joining(" "));
	}

	/** Some words deleted, replaced or added. */
	private static String mutate(Random random, String text) {
		StringBuilder mutated = new StringBuilder();
		for (String word : text.split(" ")) {
			int dice = random.nextInt(10);
			if (dice == 0) {
				continue;
			}
			mutated.append(dice == 1 ? "x" + random.nextInt(40) : word).append(dice == 2 ? " new " : " ");
		}
		return mutated.toString().strip();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
