package org.sstc.catalogue.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The English words that spelling correction leaves alone. */
@Tag("unit")
class EnglishWordsTests {

	private final EnglishWords words = new EnglishWords();

	@Test
	void wordsAndNamesOfTheLanguageAreKnownWhateverTheirCase() {
		assertThat(this.words.contains("stop")).isTrue();
		assertThat(this.words.contains("Farms")).isTrue();
		assertThat(this.words.contains("kenya")).isTrue();
		assertThat(this.words.contains("a")).isTrue();
		assertThat(this.words.contains("zygote")).isTrue();
	}

	@Test
	void typosAreNotWords() {
		assertThat(this.words.contains("inspecton")).isFalse();
		assertThat(this.words.contains("unemployement")).isFalse();
		assertThat(this.words.contains("aprenticeship")).isFalse();
		assertThat(this.words.contains("")).isFalse();
		assertThat(this.words.contains("zzzzzz")).isFalse();
	}

}
