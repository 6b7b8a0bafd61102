package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sstc.catalogue.practice.VocabularyTerm;

/**
 * The French and Spanish names of the catalogue's vocabularies (regions, themes,
 * modalities), from the interface's message bundles, so that a person who reads the
 * interface in French or Spanish finds practices by typing the words it shows them
 * ("protection sociale", "inspección del trabajo"). The records themselves stay in
 * English. Articles and prepositions are left out: only the words that name something are
 * indexed.
 */
final class VocabularyTranslations {

	private static final List<Locale> OTHER_LANGUAGES = List.of(Locale.FRENCH, Locale.forLanguageTag("es"));

	private static final Set<String> SMALL_WORDS = Set.of("a", "au", "aux", "d", "de", "del", "des", "du", "e", "el",
			"en", "et", "l", "la", "las", "le", "les", "los", "o", "ou", "para", "pour", "por", "un", "una", "une",
			"y");

	private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s,'’()/-]+");

	/** Read once per term: the bundles do not change while the catalogue runs. */
	private static final Map<String, List<String>> NAMES = new ConcurrentHashMap<>();

	private VocabularyTranslations() {
	}

	/**
	 * The term's names in the other interface languages, e.g.
	 * {@code theme.social-protection} → "Protection sociale".
	 */
	static List<String> of(VocabularyTerm term) {
		return NAMES.computeIfAbsent(term.messageKey(), VocabularyTranslations::read);
	}

	private static List<String> read(String key) {
		List<String> names = new ArrayList<>();
		for (Locale language : OTHER_LANGUAGES) {
			try {
				String name = ResourceBundle
					.getBundle("messages", language,
							ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
					.getString(key);
				String words = WORD_SEPARATOR.splitAsStream(name)
					.filter((word) -> !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)))
					.collect(Collectors.joining(" "));
				if (!words.isBlank() && !names.contains(words)) {
					names.add(words);
				}
			}
			catch (MissingResourceException ex) {
				// a term without a translation is found by its English name only
			}
		}
		return List.copyOf(names);
	}

}
