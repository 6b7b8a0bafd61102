package org.sstc.catalogue.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sstc.catalogue.system.Whitespace;

/**
 * A search box's text made safe to search: whatever a person types (quotes, AND/OR/NOT,
 * brackets, emoji, control characters, a long paste) becomes words, quoted phrases,
 * prefixes ({@code migra*}) and exclusions ({@code -word}, {@code NOT word}), the way
 * people expect a search box to read them. Nothing here can make the query parser fail.
 *
 * @param terms the words, phrases and prefixes to look for, in simple-query-string
 * syntax; a hyphenated word is a phrase that keeps its hyphens ({@code "peer-learning"}),
 * which {@link Synonyms#groups} can tell from a phrase the person quoted
 * @param exclusions the words and phrases to exclude, each in simple-query-string syntax
 * @param words the plain words (no phrases or prefixes), lower case: what spelling
 * correction looks at
 * @param phrase all looked-for words in order, when there are several: what the phrase
 * boost matches
 */
public record QueryText(List<String> terms, List<String> exclusions, List<String> words, String phrase) {

	/**
	 * More words than this add nothing a person meant: the rest of a long paste is
	 * ignored.
	 */
	private static final int MAX_TERMS = 16;

	private static final Pattern TOKEN = Pattern.compile("([-!+]?)\"([^\"]*)\"|(\\S+)");

	private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}'’*-]+");

	/**
	 * Words that say nothing about the practices a person looks for, beyond the index's
	 * stop words: those that make a question a question ("how did countries share ...
	 * ?"), and the French and Spanish articles and prepositions of the vocabulary's
	 * translated names ("travail des enfants"), which the index leaves out of those
	 * names. Every practice that happens to use one would score. Left out of a query that
	 * has other words; searched when they are all there is.
	 */
	private static final Set<String> NOISE_WORDS = Set.of("what", "which", "who", "whom", "whose", "how", "why", "when",
			"where", "has", "have", "had", "having", "do", "does", "did", "done", "doing", "can", "could", "should",
			"would", "may", "might", "must", "shall", "been", "being", "were", "am", "i", "me", "my", "we", "our", "us",
			"you", "your", "about", "any", "some", "those", "from", "so", "than", "very", "also", "please", "tell",
			"show", "find", "give", "list", "de", "des", "du", "la", "le", "les", "et", "au", "aux", "pour", "une",
			"del", "el", "los", "las", "y", "para", "por", "una");

	/**
	 * A name as a query's terms keep it: without the words a query leaves out, each word
	 * once ("servicio nacional de aprendizaje" is searched as "servicio nacional
	 * aprendizaje").
	 */
	static String asTerms(String words) {
		return Arrays.stream(words.split(" "))
			.filter((word) -> !NOISE_WORDS.contains(word))
			.distinct()
			.collect(Collectors.joining(" "));
	}

	public static QueryText parse(String input) {
		String text = clean(input);
		List<String> terms = new ArrayList<>();
		List<String> exclusions = new ArrayList<>();
		List<String> words = new ArrayList<>();
		List<String> phraseWords = new ArrayList<>();
		List<String> noiseWords = new ArrayList<>();
		boolean negateNext = false;
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find() && terms.size() + exclusions.size() < MAX_TERMS) {
			if (matcher.group(2) != null) {
				String phrase = phraseOf(matcher.group(2));
				boolean negative = negateNext || "-".equals(matcher.group(1)) || "!".equals(matcher.group(1));
				negateNext = false;
				if (phrase.isEmpty()) {
					continue;
				}
				if (negative) {
					exclusions.add(quoted(phrase));
				}
				else {
					terms.add(quoted(phrase));
					phraseWords.addAll(List.of(phrase.split(" ")));
				}
				continue;
			}
			String token = matcher.group(3);
			if (token.equals("AND") || token.equals("OR") || token.equals("&&") || token.equals("||")) {
				continue;
			}
			if (token.equals("NOT")) {
				negateNext = true;
				continue;
			}
			boolean negative = negateNext || token.startsWith("-") || token.startsWith("!");
			negateNext = false;
			for (String word : wordsOf(token)) {
				String term = termOf(word);
				if (term.isEmpty()) {
					continue;
				}
				if (negative) {
					exclusions.add(term);
					continue;
				}
				if (terms.contains(term) || noiseWords.contains(term)) {
					continue;
				}
				if (NOISE_WORDS.contains(term)) {
					noiseWords.add(term);
					continue;
				}
				terms.add(term);
				if (!term.startsWith("\"") && !term.endsWith("*")) {
					words.add(term);
				}
				phraseWords.addAll(List.of(term.replace("\"", "").replace("*", "").replace('-', ' ').split(" ")));
			}
		}
		if (terms.isEmpty() && !noiseWords.isEmpty()) {
			// nothing but such words ("how", "who"): search them rather than nothing
			terms.addAll(noiseWords);
			words.addAll(noiseWords);
			phraseWords.addAll(noiseWords);
		}
		String phrase = (phraseWords.size() > 1) ? String.join(" ", phraseWords) : null;
		return new QueryText(List.copyOf(terms), List.copyOf(exclusions), List.copyOf(words), phrase);
	}

	public boolean hasTerms() {
		return !this.terms.isEmpty();
	}

	public boolean isEmpty() {
		return this.terms.isEmpty() && this.exclusions.isEmpty();
	}

	/**
	 * The same text with only its first terms, for a search engine that cannot take them
	 * all.
	 */
	public QueryText firstTerms(int count) {
		List<String> kept = this.terms.subList(0, Math.min(count, this.terms.size()));
		List<String> keptWords = this.words.stream().filter(kept::contains).toList();
		return new QueryText(kept, this.exclusions.subList(0, Math.min(count, this.exclusions.size())), keptWords,
				(kept.size() > 1) ? this.phrase : null);
	}

	/** The same text with some words replaced, e.g. by their spelling corrections. */
	public QueryText replacingWords(java.util.Map<String, String> replacements) {
		List<String> newTerms = this.terms.stream().map((term) -> replacements.getOrDefault(term, term)).toList();
		List<String> newWords = this.words.stream().map((word) -> replacements.getOrDefault(word, word)).toList();
		String newPhrase = (this.phrase == null) ? null
				: List.of(this.phrase.split(" "))
					.stream()
					.map((word) -> replacements.getOrDefault(word, word))
					.collect(Collectors.joining(" "));
		return new QueryText(newTerms, this.exclusions, newWords, newPhrase);
	}

	/** How the text reads back to a person: terms, then exclusions with a minus. */
	public String display() {
		List<String> parts = new ArrayList<>(this.terms);
		this.exclusions.forEach((exclusion) -> parts.add("-" + exclusion));
		return String.join(" ", parts);
	}

	private static String clean(String input) {
		if (input == null) {
			return "";
		}
		String text = Normalizer.normalize(input, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]", " ")
			.replace('“', '"')
			.replace('”', '"')
			.replace('«', '"')
			.replace('»', '"');
		if (text.length() > CatalogueSearchDefinition.MAX_QUERY_LENGTH) {
			text = text.substring(0, CatalogueSearchDefinition.MAX_QUERY_LENGTH);
		}
		if (text.chars().filter((c) -> c == '"').count() % 2 == 1) {
			int last = text.lastIndexOf('"');
			text = text.substring(0, last) + " " + text.substring(last + 1);
		}
		return text.strip();
	}

	private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern
		.compile("(\\p{L}\\.){2,}|(\\p{L}\\.)+\\p{L}");

	private static List<String> wordsOf(String token) {
		String stripped = token.replaceFirst("^[-!+]+", "");
		if (DOTTED_INITIALS.matcher(stripped).matches()) {
			// "G.C.C." is the acronym GCC, not three one-letter words
			return List.of(stripped.replace(".", ""));
		}
		List<String> words = new ArrayList<>();
		for (String piece : NOT_A_WORD_CHARACTER.split(stripped)) {
			if (!piece.isBlank()) {
				words.add(piece);
			}
		}
		return words;
	}

	/**
	 * A word as a simple-query-string term: lower case; a hyphenated word as a phrase,
	 * its hyphens kept ({@link #isHyphenated}); a trailing * as a prefix.
	 */
	private static String termOf(String word) {
		boolean prefix = word.endsWith("*");
		String core = word.replace("*", "").replace('’', '\'').replaceAll("^['-]+|['-]+$", "").toLowerCase(Locale.ROOT);
		if (core.isEmpty()) {
			return "";
		}
		if (core.contains("-")) {
			return prefix ? core.replaceAll("-+", " ").strip() + "*" : "\"" + core.replaceAll("-+", "-") + "\"";
		}
		return (prefix && core.length() >= 2) ? core + "*" : core;
	}

	/**
	 * Whether a term is a hyphenated word ({@code "pakistani-brazilian"}): a phrase,
	 * whose parts a person may also have meant apart, as a quoted phrase's are not.
	 */
	static boolean isHyphenated(String term) {
		return term.length() > 2 && term.startsWith("\"") && term.endsWith("\"") && term.indexOf(' ') < 0
				&& term.indexOf('-') > 0;
	}

	private static String phraseOf(String quotedText) {
		return Whitespace
			.collapsed(NOT_A_WORD_CHARACTER.matcher(quotedText.replace("*", " ").replace('-', ' '))
				.replaceAll(" ")
				.replace('’', '\'')
				.strip())
			.toLowerCase(Locale.ROOT);
	}

	private static String quoted(String phrase) {
		return phrase.contains(" ") ? "\"" + phrase + "\"" : phrase;
	}

}
