package org.sstc.catalogue.system;

/**
 * What a client sent, made fit for a page, a feed or an XML answer: each character that
 * XML 1.0 does not allow (the control characters other than tab and line breaks, U+FFFE,
 * U+FFFF, half a surrogate pair), and DEL and the C1 controls, becomes a space. Such
 * characters mean nothing in a search or an OAI-PMH argument, and echoed they made the
 * Atom feed's writer fail (a 500) and the OAI-PMH answers unreadable by any XML parser.
 */
public final class PrintableText {

	private PrintableText() {
	}

	/** The text with each such character a space; null for null. */
	public static String of(String text) {
		if (text == null) {
			return null;
		}
		int length = text.length();
		int i = 0;
		// nearly every text needs nothing: returned as it is
		while (i < length && isPrintable(text, i)) {
			i += Character.charCount(text.codePointAt(i));
		}
		if (i >= length) {
			return text;
		}
		StringBuilder printable = new StringBuilder(length).append(text, 0, i);
		while (i < length) {
			int codePoint = text.codePointAt(i);
			if (isPrintable(text, i)) {
				printable.appendCodePoint(codePoint);
			}
			else {
				printable.append(' ');
			}
			i += Character.charCount(codePoint);
		}
		return printable.toString();
	}

	private static boolean isPrintable(String text, int index) {
		int c = text.codePointAt(index);
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		if (c >= 0x7F && c <= 0x9F) {
			return false;
		}
		// codePointAt gives a lone surrogate as itself: a pair is read as one code point
		return !Character.isSurrogate((char) c) && c != 0xFFFE && c != 0xFFFF;
	}

}
