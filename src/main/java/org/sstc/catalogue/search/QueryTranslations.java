package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * French and Spanish words of a query, searched also as their English terms: the records
 * are in English, and a person may write "assurance chômage en Asie" or "trabajo infantil
 * en el algodón". Two sources, both kept outside the code: the catalogue's glossary
 * ({@code search/glossary.txt}: the field's terms in the three languages) and the
 * countries' names in French and Spanish as the JDK's locale data (CLDR) gives them
 * ("Brésil", "Tanzanía"). Terms are compared without accents, articles, prepositions and
 * elisions ("l'emploi" is "emploi"), singular or plural.
 */
@Component
public class QueryTranslations {

	private static final String FILE = "search/glossary.txt";

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	/**
	 * Left out of the terms and of the query's runs of words before they are compared.
	 */
	private static final Set<String> SMALL_WORDS = Set.of("a", "au", "aux", "con", "d", "dans", "de", "del", "des",
			"du", "e", "el", "en", "entre", "et", "l", "la", "las", "le", "les", "los", "o", "ou", "par", "para", "por",
			"pour", "sur", "un", "una", "une", "y");

	/** An elided article or pronoun: "l'emploi", "d'apprentissage". */
	private static final Pattern ELISION = Pattern.compile("^(?:l|d|qu|j|n|s|c|m|t)'");

	private final Map<String, Set<String>> englishOf = new HashMap<>();

	private final Set<String> words = new HashSet<>();

	private int longestTerm;

	QueryTranslations() {
		SearchVocabularyFile.lines(FILE).forEach(this::addLine);
		for (String country : Locale.getISOCountries()) {
			Locale place = new Locale.Builder().setRegion(country).build();
			List<String> english = List.of(Synonyms.normalise(place.getDisplayCountry(Locale.ENGLISH)));
			add(place.getDisplayCountry(Locale.FRENCH), english, QueryTranslations::frenchPlural);
			add(place.getDisplayCountry(SPANISH), english, QueryTranslations::spanishPlural);
		}
	}

	private void addLine(String line) {
		String[] sides = line.split("\\|");
		if (sides.length != 3) {
			throw new IllegalStateException(FILE + ": not English | French | Spanish: " + line);
		}
		List<String> english = terms(sides[0]).stream().map(Synonyms::normalise).toList();
		terms(sides[1]).forEach((term) -> add(term, english, QueryTranslations::frenchPlural));
		terms(sides[2]).forEach((term) -> add(term, english, QueryTranslations::spanishPlural));
	}

	private static List<String> terms(String side) {
		return Arrays.stream(side.split(",")).map(String::strip).filter((term) -> !term.isEmpty()).toList();
	}

	/**
	 * A term, its plural (every word plural: "emplois verts") and the plural of its first
	 * word alone ("politiques de l'emploi").
	 */
	private void add(String term, List<String> english, UnaryOperator<String> plural) {
		List<String> singular = List.of(key(term).split(" "));
		if (singular.get(0).isEmpty()) {
			return;
		}
		this.longestTerm = Math.max(this.longestTerm, Synonyms.normalise(term).split(" ").length);
		List<String> allPlural = singular.stream().map(plural).toList();
		List<String> firstPlural = new ArrayList<>(singular);
		firstPlural.set(0, plural.apply(singular.get(0)));
		for (List<String> form : List.of(singular, allPlural, firstPlural)) {
			String key = String.join(" ", form);
			if (english.contains(key)) {
				// the same word in both languages ("innovation", "rural"): nothing to add
				continue;
			}
			this.englishOf.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).addAll(english);
			this.words.addAll(form);
		}
	}

	/**
	 * The run of words (without its small words) and its English terms, as search terms,
	 * when it is a French or Spanish term; nothing otherwise.
	 * @param normalised words as {@link Synonyms#normalise} gives them
	 */
	List<String> forms(String normalised) {
		String key = key(normalised);
		Set<String> english = this.englishOf.get(key);
		if (english == null) {
			return List.of();
		}
		Set<String> forms = new LinkedHashSet<>();
		forms.add(key);
		forms.addAll(english);
		return List.copyOf(forms);
	}

	/** Whether a word is part of a French or Spanish term: never "corrected". */
	boolean isKnownWord(String normalised) {
		return this.words.contains(key(normalised));
	}

	/** The most words a term has, small words included. */
	int longestTerm() {
		return this.longestTerm;
	}

	/**
	 * How terms and runs of words are compared: folded, "œ" as "oe", elided articles and
	 * small words left out.
	 */
	private static String key(String text) {
		String folded = Synonyms.normalise(text.replace("œ", "oe").replace("Œ", "Oe"));
		return Arrays.stream(folded.split(" "))
			.map((word) -> (word.indexOf('\'') > 0) ? ELISION.matcher(word).replaceFirst("") : word)
			.filter((word) -> !word.isEmpty() && !SMALL_WORDS.contains(word))
			.collect(Collectors.joining(" "));
	}

	private static String frenchPlural(String word) {
		if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z")) {
			return word;
		}
		if (word.endsWith("al") || word.endsWith("ail")) {
			return word.substring(0, word.lastIndexOf('a')) + "aux";
		}
		if (word.endsWith("eau") || word.endsWith("eu")) {
			return word + "x";
		}
		return word + "s";
	}

	private static String spanishPlural(String word) {
		if (word.endsWith("s")) {
			return word;
		}
		if (word.endsWith("z")) {
			return word.substring(0, word.length() - 1) + "ces";
		}
		return "aeiou".indexOf(word.charAt(word.length() - 1)) >= 0 ? word + "s" : word + "es";
	}

}
