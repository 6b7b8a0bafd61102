package org.sstc.catalogue.discovery;

import java.io.IOException;

/** A way of writing a practice's reference for reference managers: BibTeX or RIS. */
@FunctionalInterface
interface CitationFormat {

	CitationFormat BIBTEX = BibTexFormat::write;

	CitationFormat RIS = RisFormat::write;

	void write(CitedPractice practice, Appendable out) throws IOException;

	default String toString(CitedPractice practice) {
		StringBuilder text = new StringBuilder();
		try {
			write(practice, text);
		}
		catch (IOException ex) {
			// a StringBuilder does not fail
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

}
