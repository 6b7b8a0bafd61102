package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.sstc.catalogue.practice.Practice;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted snippets for search results: the words of a practice that match the query (as the index's English
 * analysis sees them: stems, folded accents, synonyms expanded) wrapped in {@code <mark>}, everything else
 * HTML-escaped, in a passage of about {@value #LENGTH} characters around the most matches of each field.
 */
@Component
class Snippets {

	private static final int LENGTH = 220;

	private static final int LEAD = 60;

	private final EntityManagerFactory entityManagerFactory;

	private volatile Analyzer analyzer;

	Snippets(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** What to mark: the analysed terms of a query string, and its prefixes ({@code migra*}). */
	record Terms(Set<String> terms, Set<String> prefixes) {

		boolean isEmpty() {
			return this.terms.isEmpty() && this.prefixes.isEmpty();
		}

		boolean matches(String term) {
			return this.terms.contains(term) || this.prefixes.stream().anyMatch(term::startsWith);
		}

	}

	/** The terms of a query in simple-query-string syntax, synonyms already expanded. */
	Terms terms(String query) {
		Set<String> terms = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		for (String word : query.split("[\\s()|\"]+")) {
			if (word.isBlank()) {
				continue;
			}
			if (word.endsWith("*")) {
				prefixes.add(word.substring(0, word.length() - 1).toLowerCase(java.util.Locale.ROOT));
			}
			else {
				analyse(word, (term, start, end) -> terms.add(term));
			}
		}
		return new Terms(terms, prefixes);
	}

	/** The snippet of every field where the practice matches, most telling fields first. */
	Map<String, String> of(Practice practice, Terms terms) {
		Map<String, String> snippets = new LinkedHashMap<>();
		if (terms.isEmpty()) {
			return snippets;
		}
		Map<String, List<String>> texts = PracticeText.of(practice);
		for (String field : PracticeFields.HIGHLIGHTED) {
			for (String text : texts.getOrDefault(field, List.of())) {
				String snippet = snippet(text, terms);
				if (snippet != null) {
					snippets.put(field, snippet);
					break;
				}
			}
		}
		return snippets;
	}

	private String snippet(String text, Terms terms) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<int[]> matches = new ArrayList<>();
		analyse(text, (term, start, end) -> {
			if (terms.matches(term)) {
				matches.add(new int[] { start, end });
			}
		});
		if (matches.isEmpty()) {
			return null;
		}
		// the window with the most matches
		int bestStart = 0;
		int bestCount = 0;
		for (int[] match : matches) {
			int from = Math.max(0, match[0] - LEAD);
			int count = (int) matches.stream().filter((m) -> m[0] >= from && m[1] <= from + LENGTH).count();
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

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text.replaceAll("\\s+", " "));
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

	private interface TokenConsumer {

		void accept(String term, int start, int end);

	}

	private void analyse(String text, TokenConsumer consumer) {
		try (TokenStream tokens = analyzer().tokenStream("snippet", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				consumer.accept(term.toString(), offset.startOffset(), offset.endOffset());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The index's own English analyzer, so that snippets match exactly what the search matched. */
	private Analyzer analyzer() {
		if (this.analyzer == null) {
			this.analyzer = Search.mapping(this.entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(SearchAnalyzers.ENGLISH)
				.orElseThrow();
		}
		return this.analyzer;
	}

}
