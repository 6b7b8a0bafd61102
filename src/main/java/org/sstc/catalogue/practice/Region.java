package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The ILO's five regions, plus global and inter-regional work. */
public enum Region implements VocabularyTerm {

	AFRICA("africa", "Africa"), AMERICAS("americas", "Americas"), ARAB_STATES("arab-states", "Arab States"),
	ASIA_PACIFIC("asia-pacific", "Asia and the Pacific"),
	EUROPE_CENTRAL_ASIA("europe-central-asia", "Europe and Central Asia"),
	GLOBAL("global", "Global and inter-regional");

	private final String code;

	private final String label;

	Region(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String label() {
		return this.label;
	}

	@JsonCreator
	static Region of(String value) {
		return VocabularyTerm.find(Region.class, value)
			.orElseThrow(() -> new IllegalArgumentException("Unknown region: " + value));
	}

}
