package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The ILO's five regions, plus global and inter-regional work. */
public enum Region implements VocabularyTerm {

	AFRICA, AMERICAS, ARAB_STATES, ASIA_PACIFIC, EUROPE_CENTRAL_ASIA, GLOBAL;

	@JsonCreator
	static Region of(String value) {
		return VocabularyTerm.require(Region.class, value);
	}

}
