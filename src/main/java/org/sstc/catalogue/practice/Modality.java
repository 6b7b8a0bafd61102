package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the cooperation was organised. Editorial, like themes. */
public enum Modality implements VocabularyTerm {

	SOUTH_SOUTH, TRIANGULAR, SIDS_TO_SIDS, REGIONAL, INTER_REGIONAL, BILATERAL;

	@JsonCreator
	static Modality of(String value) {
		return VocabularyTerm.require(Modality.class, value);
	}

}
