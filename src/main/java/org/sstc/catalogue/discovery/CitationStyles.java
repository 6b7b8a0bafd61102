package org.sstc.catalogue.discovery;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A practice cited as text, in APA (7th edition) and Chicago (notes and bibliography,
 * 17th edition) styles, as a page of the catalogue dated by its last change. Citations
 * stay in English, like the records.
 */
final class CitationStyles {

	private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

	private static final DateTimeFormatter CHICAGO_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private CitationStyles() {
	}

	static String apa(CitedPractice practice) {
		return sentence(names(practice.authors(), "&")) + " (" + APA_DATE.format(practice.date()) + "). "
				+ sentence(practice.title()) + " In " + practice.compendiumTitle() + " (" + practice.label() + ", "
				+ practice.biennium() + " biennium). " + sentence(practice.publisher()) + " " + practice.url();
	}

	static String chicago(CitedPractice practice) {
		return sentence(names(practice.authors(), "and")) + " \u201c" + sentence(practice.title()) + "\u201d In "
				+ practice.compendiumTitle() + ", " + practice.label() + ". " + sentence(practice.publisher())
				+ " Last modified " + CHICAGO_DATE.format(practice.date()) + ". " + practice.url() + ".";
	}

	/** "A", "A & B", "A, B, & C" (APA) or "A, B, and C" (Chicago). */
	private static String names(List<String> names, String conjunction) {
		if (names.size() == 1) {
			return names.get(0);
		}
		if (names.size() == 2) {
			return names.get(0) + " " + conjunction + " " + names.get(1);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + ", " + conjunction + " "
				+ names.get(names.size() - 1);
	}

	/** Ends with a full stop unless it ends with punctuation already. */
	private static String sentence(String text) {
		String trimmed = text.strip();
		return trimmed.matches(".*[.!?]$") ? trimmed : trimmed + ".";
	}

}
