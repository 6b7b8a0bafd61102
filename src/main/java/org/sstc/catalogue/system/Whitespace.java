package org.sstc.catalogue.system;

/**
 * Text on one line: each run of whitespace made one space, as
 * {@code text.replaceAll("\\s+", " ")} does (the same characters: space, tab, line
 * breaks, vertical tab, form feed; not the no-break space), without a regular expression:
 * that replacement compiled its pattern on every call and rebuilt the text a word at a
 * time, and it ran for every practice of an export (the quotes of its Objectives and
 * Results), most of an export's time.
 */
public final class Whitespace {

	private Whitespace() {
	}

	public static String collapsed(String text) {
		int length = text.length();
		int i = 0;
		// most texts need nothing: returned as they are
		while (i < length && (!isSpace(text.charAt(i))
				|| (text.charAt(i) == ' ' && (i + 1 == length || !isSpace(text.charAt(i + 1)))))) {
			i++;
		}
		if (i == length) {
			return text;
		}
		StringBuilder line = new StringBuilder(length).append(text, 0, i);
		boolean inSpace = false;
		for (; i < length; i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				if (!inSpace) {
					line.append(' ');
					inSpace = true;
				}
			}
			else {
				line.append(c);
				inSpace = false;
			}
		}
		return line.toString();
	}

	/** Whitespace as a regular expression's {@code \s} is, without Unicode classes. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

}
