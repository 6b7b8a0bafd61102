package org.sstc.catalogue.practice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The vocabularies' codes come from their constants and their labels from the message
 * bundles, written once for every language.
 */
@Tag("unit")
class VocabularyTermTests {

	static Stream<VocabularyTerm> terms() {
		return Stream.of(Region.values(), Theme.values(), Modality.values()).flatMap(Arrays::stream);
	}

	@ParameterizedTest
	@MethodSource("terms")
	void everyTermHasALabelInEveryInterfaceLanguage(VocabularyTerm term) {
		for (Locale language : List.of(Locale.ROOT, Locale.FRENCH, Locale.forLanguageTag("es"))) {
			ResourceBundle bundle = ResourceBundle.getBundle("messages", language,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			assertThat(bundle.getString(term.messageKey())).as("%s in %s", term, language).isNotBlank();
		}
	}

	@Test
	void codesAreTheStoredOnesAndLabelsTheEnglishInterfaces() {
		assertThat(Region.ASIA_PACIFIC.code()).isEqualTo("asia-pacific");
		assertThat(Region.ASIA_PACIFIC.label()).isEqualTo("Asia and the Pacific");
		assertThat(Theme.SOCIAL_PROTECTION.messageKey()).isEqualTo("theme.social-protection");
		assertThat(Modality.SIDS_TO_SIDS.code()).isEqualTo("sids-to-sids");
		assertThat(Modality.SIDS_TO_SIDS.label()).isEqualTo("SIDS-to-SIDS");
	}

	@Test
	void aTermIsFoundByItsCodeItsConstantOrItsLabelAndAnUnknownOneNamesItsVocabulary() {
		assertThat(VocabularyTerm.find(Theme.class, "labour-inspection")).contains(Theme.LABOUR_INSPECTION);
		assertThat(VocabularyTerm.find(Theme.class, "LABOUR_INSPECTION")).contains(Theme.LABOUR_INSPECTION);
		assertThat(VocabularyTerm.find(Region.class, " arab states ")).contains(Region.ARAB_STATES);
		assertThat(VocabularyTerm.find(Region.class, "")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> Modality.of("multilateral"))
			.withMessage("Unknown modality: multilateral");
	}

}
