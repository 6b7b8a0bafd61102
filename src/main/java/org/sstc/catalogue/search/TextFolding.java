package org.sstc.catalogue.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How search compares words that people type with the catalogue's: accents and case
 * folded away.
 */
final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private TextFolding() {
	}

	/**
	 * Lower case, accents removed, typographic apostrophes made plain: "Côte d’Ivoire" →
	 * "cote d'ivoire".
	 */
	static String fold(String text) {
		if (isAscii(text)) {
			// nothing to decompose, no accents or typographic apostrophes: most words
			return text.toLowerCase(Locale.ROOT);
		}
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
			.replaceAll("")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
