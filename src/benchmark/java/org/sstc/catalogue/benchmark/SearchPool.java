package org.sstc.catalogue.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An endless, reproducible sequence of different searches, as new visitors and crawlers would ask them: query text
 * (the judged queries people type, words and word pairs drawn from the records' vocabulary, phrases from their text,
 * or none) combined with facet filters, sort orders, page sizes and pages. No two entries are the same search, so no
 * cache of answers (an HTTP cache, or any cache of results keyed by the search) can answer a measured request.
 * Measurements take entries through {@link Cursor}s; the PostgreSQL peer replays the cursors of the API's
 * measurements, so that both answer the same searches.
 */
final class SearchPool {

	private static final Pattern QUERY_LINE = Pattern.compile("^-\\s*query:\\s*(.+?)\\s*$");

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");

	/** One set of judgments whose folder holds the others ({@code relevance-judgments*.yml}), however many. */
	private static final String JUDGMENTS = "search/relevance-judgments.yml";

	/** Facets and how often a filter is on each: regions and themes are the filters people use most. */
	private static final Map<String, Integer> FACET_WEIGHTS = linked("region", 30, "theme", 30, "country", 20,
			"organisation", 10, "modality", 5, "funding", 5);

	private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "that", "this", "from", "are",
			"was", "were", "has", "have", "had", "its", "their", "which", "into", "also", "been", "such", "through",
			"other", "more", "they", "them", "these", "those", "between", "among", "well", "both", "who", "not", "all",
			"any", "can", "will", "would", "our", "per", "but", "than", "out", "over", "under", "within");

	private static final int MAX_ATTEMPTS = 1000;

	private final Random random;

	private final List<String> judgedQueries;

	private final String[] words;

	private final double[] cumulativeWeights;

	private final List<String[]> texts;

	private final Map<String, List<String>> facetValues;

	private final List<SearchRequest> generated = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	/** The next entry no cursor has taken yet. */
	private final AtomicInteger fresh = new AtomicInteger();

	private SearchPool(long seed, List<String> judgedQueries, List<String> texts,
			Map<String, List<String>> facetValues) {
		this.random = new Random(seed);
		this.judgedQueries = List.copyOf(judgedQueries);
		this.facetValues = facetValues;
		Map<String, Integer> frequencies = new TreeMap<>();
		this.texts = new ArrayList<>();
		for (String text : texts) {
			List<String> tokens = new ArrayList<>();
			Matcher matcher = WORD.matcher(text);
			while (matcher.find()) {
				String word = matcher.group().toLowerCase(Locale.ROOT);
				tokens.add(word);
				if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
					frequencies.merge(word, 1, Integer::sum);
				}
			}
			this.texts.add(tokens.toArray(String[]::new));
		}
		this.words = frequencies.keySet().toArray(String[]::new);
		// a word is drawn in proportion to the square root of its frequency: common topics often, rare words too
		this.cumulativeWeights = new double[this.words.length];
		double sum = 0;
		for (int i = 0; i < this.words.length; i++) {
			sum += Math.sqrt(frequencies.get(this.words[i]));
			this.cumulativeWeights[i] = sum;
		}
	}

	static SearchPool of(BenchmarkDatabase database, long seed) throws Exception {
		Map<String, List<String>> facetValues = new LinkedHashMap<>();
		for (String facet : FACET_WEIGHTS.keySet()) {
			facetValues.put(facet, database.curatedFacetValues(facet));
		}
		return new SearchPool(seed, judgedQueries(), database.curatedTexts(), facetValues);
	}

	int vocabularySize() {
		return this.words.length;
	}

	int judgedQueryCount() {
		return this.judgedQueries.size();
	}

	/** A cursor over entries no other cursor has had. */
	Cursor fresh() {
		return new Cursor(0, 0);
	}

	/** A cursor over the entries another cursor had, in its order, then over fresh ones. */
	Cursor replay(Cursor earlier) {
		return new Cursor(earlier.first, earlier.taken());
	}

	synchronized SearchRequest get(int index) {
		while (this.generated.size() <= index) {
			this.generated.add(generate());
		}
		return this.generated.get(index);
	}

	private SearchRequest generate() {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			SearchRequest request = draw();
			if (this.seen.add(request.key())) {
				return request;
			}
		}
		throw new IllegalStateException("No new search after " + MAX_ATTEMPTS + " draws: the pool is exhausted");
	}

	private SearchRequest draw() {
		double kind = this.random.nextDouble();
		String text;
		if (kind < 0.15) {
			text = "";
		}
		else if (kind < 0.50) {
			text = this.judgedQueries.get(this.random.nextInt(this.judgedQueries.size()));
		}
		else if (kind < 0.72) {
			text = word();
		}
		else if (kind < 0.87) {
			text = word() + " " + word();
		}
		else {
			String[] tokens = this.texts.get(this.random.nextInt(this.texts.size()));
			int length = 2 + this.random.nextInt(2);
			int start = this.random.nextInt(Math.max(1, tokens.length - length));
			String phrase = String.join(" ", Arrays.copyOfRange(tokens, start, Math.min(tokens.length, start + length)));
			text = (kind < 0.97) ? phrase : "\"" + phrase + "\"";
		}
		double filters = this.random.nextDouble();
		int filterCount = text.isEmpty() ? ((filters < 0.15) ? 0 : (filters < 0.75) ? 1 : 2)
				: ((filters < 0.60) ? 0 : (filters < 0.90) ? 1 : 2);
		Map<String, List<String>> chosen = new TreeMap<>();
		for (int i = 0; i < filterCount; i++) {
			String facet = facet();
			List<String> values = this.facetValues.get(facet);
			if (!values.isEmpty()) {
				String value = values.get(this.random.nextInt(values.size()));
				List<String> selected = chosen.computeIfAbsent(facet, (name) -> new ArrayList<>());
				if (!selected.contains(value)) {
					selected.add(value);
					selected.sort(null);
				}
			}
		}
		double sorting = this.random.nextDouble();
		String sort = (sorting < 0.70) ? null : (sorting < 0.80) ? "relevance" : (sorting < 0.90) ? "number" : "title";
		Integer size = (this.random.nextDouble() < 0.60) ? null : new int[] { 10, 20, 30, 50 }[this.random.nextInt(4)];
		double paging = this.random.nextDouble();
		Integer page = (paging < 0.85) ? null : (paging < 0.95) ? 2 : 3 + this.random.nextInt(3);
		return new SearchRequest(text, chosen, sort, size, page);
	}

	private String word() {
		double target = this.random.nextDouble() * this.cumulativeWeights[this.cumulativeWeights.length - 1];
		int index = Arrays.binarySearch(this.cumulativeWeights, target);
		return this.words[Math.min(this.words.length - 1, (index >= 0) ? index : -index - 1)];
	}

	private String facet() {
		int total = FACET_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
		int target = this.random.nextInt(total);
		for (Map.Entry<String, Integer> entry : FACET_WEIGHTS.entrySet()) {
			target -= entry.getValue();
			if (target < 0) {
				return entry.getKey();
			}
		}
		throw new IllegalStateException();
	}

	/** The queries of every set of relevance judgments (the test resources on the class path). */
	private static List<String> judgedQueries() throws IOException, URISyntaxException {
		URL first = SearchPool.class.getClassLoader().getResource(JUDGMENTS);
		if (first == null || !"file".equals(first.getProtocol())) {
			throw new IllegalStateException(JUDGMENTS + " is not in a folder of the class path (run with the test "
					+ "class path)");
		}
		List<Path> sets;
		try (Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
			sets = files.filter((path) -> path.getFileName().toString().matches("relevance-judgments.*\\.yml"))
				.sorted()
				.toList();
		}
		List<String> queries = new ArrayList<>();
		for (Path set : sets) {
			try (BufferedReader reader = Files.newBufferedReader(set, StandardCharsets.UTF_8)) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					Matcher matcher = QUERY_LINE.matcher(line);
					if (matcher.matches()) {
						queries.add(unquote(matcher.group(1)));
					}
				}
			}
		}
		return queries;
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	private static Map<String, Integer> linked(Object... namesAndWeights) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndWeights.length; i += 2) {
			map.put((String) namesAndWeights[i], (Integer) namesAndWeights[i + 1]);
		}
		return map;
	}

	/**
	 * Takes entries for one measurement, from any number of client threads: first those of an earlier cursor (when
	 * replaying it), then fresh ones. A fresh cursor's entries are contiguous, since measurements run one at a time.
	 */
	final class Cursor {

		private final int replayFirst;

		private final int replayLength;

		private final AtomicInteger next = new AtomicInteger();

		private final AtomicInteger freshTaken = new AtomicInteger();

		private final int first;

		private Cursor(int replayFirst, int replayLength) {
			this.replayFirst = replayFirst;
			this.replayLength = replayLength;
			this.first = (replayLength > 0) ? replayFirst : SearchPool.this.fresh.get();
		}

		SearchRequest next() {
			int n = this.next.getAndIncrement();
			if (n < this.replayLength) {
				return get(this.replayFirst + n);
			}
			this.freshTaken.incrementAndGet();
			return get(SearchPool.this.fresh.getAndIncrement());
		}

		/** How many entries this cursor handed out. */
		int taken() {
			return Math.min(this.next.get(), this.replayLength) + this.freshTaken.get();
		}

	}

	/**
	 * One search as its URL parameters write it.
	 *
	 * @param text the query text, empty to browse
	 * @param filters facet name to selected values, in a stable order
	 * @param sort the sort parameter, or null for the default
	 * @param size the size parameter, or null for the default (20)
	 * @param page the page parameter, or null for the first
	 */
	record SearchRequest(String text, Map<String, List<String>> filters, String sort, Integer size, Integer page) {

		/**
		 * What makes two searches the same, whatever the case and spacing of their words, and whether the default
		 * sort, size and page are written out or not.
		 */
		String key() {
			String words = this.text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
			String effectiveSort = (this.sort != null) ? this.sort : words.isEmpty() ? "number" : "relevance";
			return words + "|" + this.filters + "|" + effectiveSort + "|" + effectiveSize() + "|" + effectivePage();
		}

		/** The query string, without the question mark; empty for the first page of everything. */
		String queryString() {
			StringJoiner query = new StringJoiner("&");
			if (!this.text.isEmpty()) {
				query.add("q=" + URLEncoder.encode(this.text, StandardCharsets.UTF_8));
			}
			this.filters.forEach((facet, values) -> values
				.forEach((value) -> query.add(facet + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
			if (this.sort != null) {
				query.add("sort=" + this.sort);
			}
			if (this.size != null) {
				query.add("size=" + this.size);
			}
			if (this.page != null) {
				query.add("page=" + this.page);
			}
			return query.toString();
		}

		String path(String base) {
			String query = queryString();
			return query.isEmpty() ? base : base + "?" + query;
		}

		int effectiveSize() {
			return (this.size != null) ? this.size : 20;
		}

		int effectivePage() {
			return (this.page != null) ? this.page : 1;
		}

	}

}
