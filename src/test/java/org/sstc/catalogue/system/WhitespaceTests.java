package org.sstc.catalogue.system;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text on one line, to the letter as the regular expression it replaces makes it. */
@Tag("unit")
class WhitespaceTests {

	@Test
	void eachRunOfWhitespaceIsOneSpaceAsTheRegularExpressionMakesIt() {
		List<String> texts = List.of("", " ", "  ", "one", "one two", "one  two", " one ", "\tone\ntwo\r\nthree",
				"a\u000Bb\fc", "no-break\u00a0space stays", "ends with space ", "  leads", "a \t\n b", "é  ü\n\nñ",
				"line one.\n\nline two.");
		for (String text : texts) {
			assertThat(Whitespace.collapsed(text)).as("[%s]", text).isEqualTo(text.replaceAll("\\s+", " "));
		}
		Random random = new Random(20261201);
		String alphabet = "ab \t\n\r\u000B\f\u00a0\u2003é.";
		for (int n = 0; n < 2000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(Whitespace.collapsed(text.toString())).as("[%s]", text)
				.isEqualTo(text.toString().replaceAll("\\s+", " "));
		}
	}

	@Test
	void aTextWithNothingToCollapseIsReturnedAsItIs() {
		String text = "Objectives: to strengthen labour inspection in three countries.";
		assertThat(Whitespace.collapsed(text)).isSameAs(text);
	}

}
