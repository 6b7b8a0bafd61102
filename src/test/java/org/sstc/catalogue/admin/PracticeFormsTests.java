package org.sstc.catalogue.admin;

import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.PracticeContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a practice in the admin form and saving it unchanged changes nothing, for every
 * curated practice.
 */
@Tag("unit")
class PracticeFormsTests {

	static Stream<PracticeContent> curated() {
		return CuratedRecords.read("compendium-2022-2023").practices().stream();
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("curated")
	void formRoundTripKeepsEveryField(PracticeContent content) {
		PracticeForm form = PracticeForms.withBlankRows(PracticeForms.from(content, 3), PracticeForms.BLANK_ROWS);
		assertThat(PracticeForms.toContent(form)).isEqualTo(content);
		assertThat(form.getBaseVersion()).isEqualTo(3);
	}

}
