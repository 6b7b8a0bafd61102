package org.sstc.catalogue.practice;

/** A partner organisation named in a practice; the acronym is null where it has none. */
public record Organisation(String acronym, String name) {

	/** The acronym where there is one, else the name: what facets and filters use. */
	public String key() {
		return (this.acronym != null && !this.acronym.isBlank()) ? this.acronym : this.name;
	}

}
