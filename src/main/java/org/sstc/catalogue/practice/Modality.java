package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the cooperation was organised. Editorial, like themes. */
public enum Modality implements VocabularyTerm {

	SOUTH_SOUTH("south-south", "South-South"), TRIANGULAR("triangular", "Triangular"),
	SIDS_TO_SIDS("sids-to-sids", "SIDS-to-SIDS"), REGIONAL("regional", "Regional"),
	INTER_REGIONAL("inter-regional", "Inter-regional"), BILATERAL("bilateral", "Bilateral (country-to-country)");

	private final String code;

	private final String label;

	Modality(String code, String label) {
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
	static Modality of(String value) {
		return VocabularyTerm.find(Modality.class, value)
			.orElseThrow(() -> new IllegalArgumentException("Unknown modality: " + value));
	}

}
