package org.sstc.catalogue.practice;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated files themselves: complete, consistent and free of conversion leftovers.
 */
@Tag("unit")
class CuratedRecordsTests {

	private static final CuratedCompendium COMPENDIUM = CuratedRecords.read("compendium-2022-2023");

	private static final Pattern HTML_LEFTOVER = Pattern
		.compile("</?(p|b|a|i|u|br|span|sup|td|tr)\\b|&amp;|&nbsp;|href=");

	static Stream<PracticeContent> practices() {
		return COMPENDIUM.practices().stream();
	}

	@Test
	void compendiumHasItsThirtyPracticesNumberedOneToThirty() {
		assertThat(COMPENDIUM.title()).startsWith("Promoting Social Justice in the Global South");
		assertThat(COMPENDIUM.practices()).extracting(PracticeContent::number)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
	}

	@Test
	void slugsAreUnique() {
		Set<String> slugs = new HashSet<>();
		COMPENDIUM.practices()
			.forEach((practice) -> assertThat(slugs.add(practice.slug())).as(practice.slug()).isTrue());
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("practices")
	void identityFieldsArePresent(PracticeContent practice) {
		assertThat(practice.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(60);
		assertThat(practice.heading()).startsWith("GOOD PRACTICE " + practice.number());
		assertThat(practice.shortTitle()).isNotBlank();
		assertThat(practice.body().title()).isNotBlank();
		assertThat(practice.region()).isNotNull();
		assertThat(practice.themes()).isNotEmpty().hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates();
		assertThat(practice.modalities()).isNotEmpty();
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("practices")
	void regionIsEitherWrittenOrMarkedInferred(PracticeContent practice) {
		if (practice.regionInferred()) {
			assertThat(practice.repairs()).anyMatch((repair) -> repair.toLowerCase().contains("region"));
		}
		else {
			assertThat(practice.regionAsWritten()).isNotBlank();
		}
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("practices")
	void everyNarrativeFieldIsGivenOrListedAsMissing(PracticeContent practice) {
		if (!practice.parts().isEmpty()) {
			assertThat(practice.parts()).allSatisfy((part) -> {
				assertThat(part.body().title()).isNotBlank();
				assertThat(part.body().objectives()).isNotBlank();
				assertThat(part.body().results()).isNotBlank();
			});
			return;
		}
		for (PracticeSection section : PracticeBody.NARRATIVE_TEXTS) {
			String field = section.name();
			String value = section.text(practice.body());
			assertThat(value == null)
				.as("%s of practice %d is null exactly when listed as missing", field, practice.number())
				.isEqualTo(practice.missing().contains(field));
		}
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("practices")
	void noHtmlIsLeftFromTheConversion(PracticeContent practice) {
		PracticeBody.SECTIONS.stream()
			.filter((section) -> section.kind().isText())
			.map((section) -> section.text(practice.body()))
			.filter((text) -> text != null)
			.forEach((text) -> assertThat(HTML_LEFTOVER.matcher(text).find()).as(text).isFalse());
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("practices")
	void countriesHaveIsoCodesAndLinksHaveWebAddresses(PracticeContent practice) {
		Stream
			.concat(practice.body().countries().stream(),
					practice.parts().stream().flatMap((p) -> p.body().countries().stream()))
			.forEach((country) -> assertThat(Countries.isIsoCode(country.code())).as(country.toString()).isTrue());
		Stream
			.concat(practice.body().links().stream(),
					practice.parts().stream().flatMap((p) -> p.body().links().stream()))
			.forEach((link) -> {
				assertThat(link.title()).isNotBlank();
				if (link.url() != null) {
					assertThat(link.url()).matches("https?://\\S+");
				}
			});
	}

}
