package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 *
 * <p>Analysing a practice's whole text took most of a result page's snippet time, and the text only changes when
 * the practice does: the analysed text of recently shown practices is kept, per practice version, within
 * {@value #KEPT_TOKENS} tokens (about 16 bytes each, since terms are shared).
 */
@Component
class Snippets {

	private static final int LENGTH = 220;

	private static final int LEAD = 60;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** About 16 MB: every practice of a catalogue of several hundred, the most shown ones of a larger one. */
	private static final int KEPT_TOKENS = 1_000_000;

	private final EntityManagerFactory entityManagerFactory;

	private final Cache<PracticeVersion, Map<String, List<AnalysedText>>> analysed = Caffeine.newBuilder()
		.maximumWeight(KEPT_TOKENS)
		.weigher((PracticeVersion key, Map<String, List<AnalysedText>> texts) -> texts.values()
			.stream()
			.flatMap(List::stream)
			.mapToInt((text) -> text.terms().length + 1)
			.sum())
		.executor(Runnable::run)
		.build();

	/** The same term is one string however many practices contain it. */
	private final Map<String, String> sharedTerms = new ConcurrentHashMap<>();

	private volatile Analyzer analyzer;

	Snippets(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	private record PracticeVersion(long id, long version) {
	}

	/** A text with its terms as the index's analyzer makes them, and where each term is in the text. */
	private record AnalysedText(String text, String[] terms, int[] starts, int[] ends) {
	}

	/** What to mark: the analysed terms of a query string, and its prefixes ({@code migra*}). */
	record Terms(Set<String> terms, Set<String> prefixes) {

		boolean isEmpty() {
			return this.terms.isEmpty() && this.prefixes.isEmpty();
		}

		boolean matches(String term) {
			return this.terms.contains(term)
					|| (!this.prefixes.isEmpty() && this.prefixes.stream().anyMatch(term::startsWith));
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
		Map<String, List<AnalysedText>> texts = (practice.getId() != null)
				? this.analysed.get(new PracticeVersion(practice.getId(), practice.getVersion()),
						(key) -> analyse(practice))
				: analyse(practice);
		for (String field : PracticeFields.HIGHLIGHTED) {
			for (AnalysedText text : texts.getOrDefault(field, List.of())) {
				String snippet = snippet(text, terms);
				if (snippet != null) {
					snippets.put(field, snippet);
					break;
				}
			}
		}
		return snippets;
	}

	private Map<String, List<AnalysedText>> analyse(Practice practice) {
		Map<String, List<AnalysedText>> texts = new HashMap<>();
		PracticeText.of(practice).forEach((field, values) -> texts.put(field, values.stream()
			.filter((value) -> value != null && !value.isBlank())
			.map(this::analysed)
			.toList()));
		return texts;
	}

	private AnalysedText analysed(String text) {
		List<String> terms = new ArrayList<>();
		IntStream.Builder starts = IntStream.builder();
		IntStream.Builder ends = IntStream.builder();
		analyse(text, (term, start, end) -> {
			terms.add(this.sharedTerms.computeIfAbsent(term, (t) -> t));
			starts.add(start);
			ends.add(end);
		});
		return new AnalysedText(text, terms.toArray(String[]::new), starts.build().toArray(), ends.build().toArray());
	}

	private String snippet(AnalysedText analysed, Terms terms) {
		List<int[]> matches = new ArrayList<>();
		for (int i = 0; i < analysed.terms().length; i++) {
			if (terms.matches(analysed.terms()[i])) {
				matches.add(new int[] { analysed.starts()[i], analysed.ends()[i] });
			}
		}
		if (matches.isEmpty()) {
			return null;
		}
		String text = analysed.text();
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
		return HtmlUtils.htmlEscape(WHITESPACE.matcher(text).replaceAll(" "));
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
