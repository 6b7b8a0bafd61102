package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.sstc.catalogue.system.Whitespace;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted snippets for search results: the words of a practice's text that match the
 * query, as the index's English analysis sees them (stems, folded accents, synonyms
 * expanded), wrapped in {@code <mark>}, everything else HTML-escaped, in a passage of
 * about {@value #LENGTH} characters around the most matches of each field.
 *
 * <p>
 * It reads the text stored in the index with each hit and analyses only the words that
 * can match: a word is analysed when it starts like one of the query's terms (Porter
 * stemming only changes the ends of words), and each word's analysis is remembered. A
 * result page's snippets thus cost a scan of its practices' text, not a run of the
 * analyzer over all of it, nor the highlighter's reading of term vectors and stored
 * documents once per field.
 */
@Component
class Snippets {

	private static final int LENGTH = 220;

	private static final int LEAD = 60;

	/** How many letters of a term a word must start with to be worth analysing. */
	private static final int CANDIDATE_PREFIX = 4;

	private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

	/** How many other words explain a match: the first few say why. */
	private static final int MAX_OTHER_WORDS = 3;

	private final Analyzer analyzer;

	/**
	 * A word as written (lower case) and its analysed terms; the catalogue's vocabulary
	 * is small.
	 */
	private final Cache<String, List<String>> analysed = Caffeine.newBuilder()
		.maximumSize(200_000)
		.executor(Runnable::run)
		.build();

	Snippets(SearchAnalysis analysis) {
		this.analyzer = analysis.english();
	}

	/**
	 * What to mark: the analysed terms of a query string, its prefixes ({@code migra*}),
	 * and how words may start.
	 */
	record Terms(Set<String> terms, Set<String> prefixes, Set<String> starts, String[][] startsByAsciiLetter) {

		Terms(Set<String> terms, Set<String> prefixes, Set<String> starts) {
			this(terms, prefixes, starts, byFirstLetter(starts));
		}

		/**
		 * The starts, by the ASCII letter or digit (either case) a word must begin with
		 * to have them: most words of a text are ruled out by their first letter alone,
		 * and the others are compared with only the starts of that letter. An array, not
		 * a set: the comparison runs for many words of every hit's text.
		 */
		private static String[][] byFirstLetter(Set<String> starts) {
			// a start that begins with another letter rules out no first letter: every
			// ASCII word is then compared with every start
			boolean anyLetter = starts.stream().anyMatch((start) -> start.charAt(0) >= 128);
			String[][] table = new String[128][];
			for (char c = 0; c < 128; c++) {
				char letter = Character.toLowerCase(c);
				table[c] = starts.stream()
					.filter((start) -> anyLetter || Character.toLowerCase(start.charAt(0)) == letter)
					.toArray(String[]::new);
			}
			return table;
		}

		boolean isEmpty() {
			return this.terms.isEmpty() && this.prefixes.isEmpty();
		}

		/**
		 * Whether a word (lower case, as written) could match: only such words are
		 * analysed.
		 */
		boolean candidate(String word) {
			for (String start : this.starts) {
				if (word.startsWith(start)) {
					return true;
				}
			}
			return false;
		}

	}

	/** The terms of a query in simple-query-string syntax, synonyms already expanded. */
	Terms terms(String query) {
		Set<String> terms = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		Set<String> starts = new HashSet<>();
		// operators, and a phrase's slop ("child labour"~2), are no words
		for (String word : query.split("(?:[\\s()|\"]|~\\d*)+")) {
			if (word.isBlank()) {
				continue;
			}
			if (word.endsWith("*")) {
				String prefix = TextFolding.fold(word.substring(0, word.length() - 1));
				prefixes.add(prefix);
				starts.add(prefix);
			}
			else {
				for (String term : analyse(TextFolding.fold(word))) {
					terms.add(term);
					// a stem may end differently from its words ("polici" for "policy"):
					// compare fewer letters
					starts.add(term.substring(0, Math.max(1, Math.min(CANDIDATE_PREFIX, term.length() - 1))));
				}
			}
		}
		return new Terms(terms, prefixes, starts);
	}

	/**
	 * The snippet of every field where the text matches, in the order of the fields
	 * given.
	 */
	Map<String, String> of(Map<String, List<String>> texts, Terms terms) {
		Map<String, String> snippets = new LinkedHashMap<>();
		if (terms.isEmpty()) {
			return snippets;
		}
		texts.forEach((field, values) -> {
			for (String text : values) {
				String snippet = snippet(text, terms);
				if (snippet != null) {
					snippets.put(field, snippet);
					break;
				}
			}
		});
		return snippets;
	}

	/**
	 * The words marked in a practice's snippets when none of the query's own words is in
	 * its texts: the practice was found through other forms of them (a synonym, the
	 * collection's other form of a name, a word split or joined, a concept the query
	 * means). Empty when the texts hold a word of the query's own, or nothing is marked.
	 */
	List<String> otherWordsMarked(Map<String, List<String>> texts, Map<String, String> snippets, Terms own) {
		Set<String> others = new LinkedHashSet<>();
		for (String snippet : snippets.values()) {
			Matcher marked = MARKED.matcher(snippet);
			while (marked.find()) {
				String word = HtmlUtils.htmlUnescape(marked.group(1));
				if (isMatch(word.toCharArray(), 0, word.length(), word.chars().allMatch((c) -> c < 128), own)) {
					return List.of();
				}
				others.add(word.toLowerCase(Locale.ROOT));
			}
		}
		if (others.isEmpty() || own.isEmpty()) {
			return List.of();
		}
		// a snippet is a window: the query's own words may be elsewhere in the text
		for (List<String> values : texts.values()) {
			for (String text : values) {
				if (!matches(text, own).isEmpty()) {
					return List.of();
				}
			}
		}
		return others.stream().limit(MAX_OTHER_WORDS).toList();
	}

	private String snippet(String text, Terms terms) {
		List<int[]> matches = matches(text, terms);
		if (matches.isEmpty()) {
			return null;
		}
		// the window with the most matches
		int bestStart = 0;
		int bestCount = 0;
		for (int[] match : matches) {
			int from = Math.max(0, match[0] - LEAD);
			int count = 0;
			for (int[] other : matches) {
				if (other[0] >= from && other[1] <= from + LENGTH) {
					count++;
				}
			}
			if (count > bestCount) {
				bestCount = count;
				bestStart = from;
			}
		}
		int from = wordStart(text, bestStart);
		int to = wordEnd(text, Math.min(text.length(), from + LENGTH));
		StringBuilder html = new StringBuilder(from > 0 ? "… " : "");
		int position = from;
		for (int[] match : matches) {
			if (match[0] < from || match[1] > to) {
				continue;
			}
			html.append(escape(text.substring(position, match[0])))
				.append("<mark>")
				.append(escape(text.substring(match[0], match[1])))
				.append("</mark>");
			position = match[1];
		}
		html.append(escape(text.substring(position, to)));
		if (to < text.length()) {
			html.append(" …");
		}
		return html.toString();
	}

	/**
	 * Where the words that match are: runs of letters and digits, with apostrophes inside
	 * words.
	 */
	private List<int[]> matches(String text, Terms terms) {
		List<int[]> matches = new ArrayList<>();
		// an array, not charAt: most texts hold a typographic quote or dash, and a String
		// with one is indexed through bounds checks that cost more than the scan itself
		char[] chars = text.toCharArray();
		int length = chars.length;
		int i = 0;
		while (i < length) {
			if (!isLetterOrDigit(chars[i])) {
				i++;
				continue;
			}
			int start = i;
			boolean ascii = true;
			while (i < length && (isLetterOrDigit(chars[i])
					|| (isApostrophe(chars[i]) && i + 1 < length && Character.isLetter(chars[i + 1])))) {
				ascii &= chars[i] < 128;
				i++;
			}
			if (isMatch(chars, start, i, ascii, terms)) {
				matches.add(new int[] { start, i });
			}
		}
		return matches;
	}

	/**
	 * Whether the word from {@code start} to {@code end} matches. Most words are ruled
	 * out by their first letters, compared in place; only the others are folded and
	 * analysed.
	 */
	private boolean isMatch(char[] chars, int start, int end, boolean ascii, Terms terms) {
		if (ascii && !startsLikeATerm(chars, start, end, terms.startsByAsciiLetter()[chars[start]])) {
			return false;
		}
		String word = ascii ? new String(chars, start, end - start).toLowerCase(Locale.ROOT)
				: TextFolding.fold(new String(chars, start, end - start));
		for (String prefix : terms.prefixes()) {
			if (word.startsWith(prefix)) {
				return true;
			}
		}
		if (!terms.candidate(word)) {
			return false;
		}
		for (String term : this.analysed.get(word, this::analyse)) {
			if (terms.terms().contains(term)) {
				return true;
			}
		}
		return false;
	}

	/** Whether an ASCII word starts as one of the terms may, ignoring case. */
	private static boolean startsLikeATerm(char[] chars, int start, int end, String[] starts) {
		for (String prefix : starts) {
			if (prefix.length() <= end - start && startsWithIgnoringCase(chars, start, prefix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithIgnoringCase(char[] chars, int start, String prefix) {
		for (int k = 0; k < prefix.length(); k++) {
			char c = chars[start + k];
			char p = prefix.charAt(k);
			if (c != p && Character.toLowerCase(c) != Character.toLowerCase(p)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLetterOrDigit(char c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		return Character.isLetterOrDigit(c);
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '’';
	}

	private static String escape(String text) {
		// only the characters markup needs: accented letters stay letters in a UTF-8 page
		// or JSON answer
		return HtmlUtils.htmlEscape(Whitespace.collapsed(text), "UTF-8");
	}

	private static int wordStart(String text, int index) {
		int start = index;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	private static int wordEnd(String text, int index) {
		int end = index;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private List<String> analyse(String text) {
		List<String> terms = new ArrayList<>(1);
		try (TokenStream tokens = this.analyzer.tokenStream("snippet", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(terms);
	}

}
