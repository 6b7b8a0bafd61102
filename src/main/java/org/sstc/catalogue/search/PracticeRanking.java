package org.sstc.catalogue.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a match in each field counts. Titles outrank themes, countries and organisations, which outrank the long
 * body fields; contacts and materials count least. Measured by the relevance test (see the README).
 */
final class PracticeRanking {

	static final Map<String, Float> FIELD_BOOSTS = boosts();

	/** Extra weight for practices that contain every word of the query. */
	static final float ALL_WORDS_BOOST = 1.5f;

	/** Extra weight for the query's words as a phrase in a title. */
	static final float TITLE_PHRASE_BOOST = 6f;

	/** Extra weight for the query's words as a phrase in the text. */
	static final float TEXT_PHRASE_BOOST = 2f;

	private PracticeRanking() {
	}

	private static Map<String, Float> boosts() {
		Map<String, Float> boosts = new LinkedHashMap<>();
		boosts.put(PracticeFields.SHORT_TITLE, 6f);
		boosts.put(PracticeFields.TITLE, 4f);
		boosts.put(PracticeFields.THEMES, 4f);
		boosts.put(PracticeFields.COUNTRIES, 3f);
		boosts.put(PracticeFields.ORGANISATIONS, 3f);
		boosts.put(PracticeFields.REGION, 2f);
		boosts.put(PracticeFields.COUNTRIES_INVOLVED, 2f);
		boosts.put(PracticeFields.MODALITIES, 1.5f);
		boosts.put(PracticeFields.OBJECTIVES, 1.5f);
		boosts.put(PracticeFields.RESULTS, 1.2f);
		boosts.put(PracticeFields.COOPERATION, 1f);
		boosts.put(PracticeFields.PEER_LEARNING, 1f);
		boosts.put(PracticeFields.INNOVATION, 1f);
		boosts.put(PracticeFields.SUSTAINABILITY, 0.8f);
		boosts.put(PracticeFields.ADAPTABILITY, 0.8f);
		boosts.put(PracticeFields.AUTHORS, 1f);
		boosts.put(PracticeFields.FUNDING, 0.6f);
		boosts.put(PracticeFields.MATERIALS, 0.6f);
		boosts.put(PracticeFields.CONTACTS, 0.4f);
		return Map.copyOf(boosts);
	}

}
