package org.sstc.catalogue.practice;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes and English labels of the vocabularies' terms, each worked out once: search
 * asks for them for every facet value and every hit.
 */
final class VocabularyTermNames {

	private static final ResourceBundle.Control ENGLISH_ONLY = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final Map<VocabularyTerm, String> CODES = new ConcurrentHashMap<>();

	private static final Map<VocabularyTerm, String> LABELS = new ConcurrentHashMap<>();

	/**
	 * Each vocabulary's terms by their codes, constant names and labels in lower case;
	 * where two terms share one, the first declared.
	 */
	private static final ClassValue<Map<String, VocabularyTerm>> BY_NAME = new ClassValue<>() {

		@Override
		protected Map<String, VocabularyTerm> computeValue(Class<?> type) {
			Map<String, VocabularyTerm> terms = new HashMap<>();
			Object[] constants = type.getEnumConstants();
			for (int i = constants.length - 1; i >= 0; i--) {
				VocabularyTerm term = (VocabularyTerm) constants[i];
				for (String name : List.of(label(term), term.name(), code(term))) {
					terms.put(name.toLowerCase(Locale.ROOT), term);
				}
			}
			return Map.copyOf(terms);
		}

	};

	private VocabularyTermNames() {
	}

	/** The term whose code, constant name or label is the given one, ignoring case. */
	static VocabularyTerm find(Class<?> vocabulary, String name) {
		return BY_NAME.get(vocabulary).get(name.toLowerCase(Locale.ROOT));
	}

	static String code(VocabularyTerm term) {
		return CODES.computeIfAbsent(term, (key) -> key.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	static String label(VocabularyTerm term) {
		return LABELS.computeIfAbsent(term, VocabularyTermNames::englishMessage);
	}

	/** The interface's English message for the term (messages.properties itself). */
	private static String englishMessage(VocabularyTerm term) {
		return ResourceBundle.getBundle("messages", Locale.ROOT, ENGLISH_ONLY).getString(term.messageKey());
	}

}
