package org.sstc.catalogue.practice;

import java.util.Locale;

/** A partner organisation named in a practice; the acronym is null where it has none. */
public record Organisation(String acronym, String name) {

	/**
	 * The acronym where there is one, else the name: what facets and filters use. One
	 * word (an acronym, or a name written as one) in capitals, since the compendium
	 * writes some acronyms in two ways ("Cinterfor", "CINTERFOR") and one filter must
	 * find both.
	 */
	public String key() {
		String key = (this.acronym != null && !this.acronym.isBlank()) ? this.acronym : this.name;
		return keyOf(key);
	}

	/** How a filter value given for the organisation facet reads as a key. */
	public static String keyOf(String acronymOrName) {
		String key = acronymOrName.strip();
		return key.contains(" ") ? key : key.toUpperCase(Locale.ROOT);
	}

}
