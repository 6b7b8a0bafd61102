package org.sstc.catalogue.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("unit")
class PrintableTextTests {

	@Test
	void charactersXmlRefusesBecomeSpaces() {
		assertThat(PrintableText.of("a\u0000b\u0001c\u001Bd\u007Fe\u0085f\uFFFEg\uFFFFh")).isEqualTo("a b c d e f g h");
		assertThat(PrintableText.of("half \uD83D pair \uDE00 end")).isEqualTo("half   pair   end");
	}

	@Test
	void everythingElseIsKeptAsItIs() {
		String text = "Inspección laboral\tet l’emploi\n😀 \u200F مرحبا \r\n";
		assertThat(PrintableText.of(text)).isSameAs(text);
		assertThat(PrintableText.of("")).isEmpty();
		assertThat(PrintableText.of(null)).isNull();
	}

}
