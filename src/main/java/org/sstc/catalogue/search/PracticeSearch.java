package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.search.SearchPredicates.Matching;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Full-text and faceted search over the published practices: the hits of one page,
 * projected from the index with their highlighted snippets, and the counts of every
 * facet, each filtered facet's without its own selection. On the embedded Lucene index a
 * page is searched in one pass ({@link OnePassSearch}); on OpenSearch through Hibernate
 * Search's aggregations, a facet nobody filtered on counted by the main query and each
 * filtered facet by a count-only query without its own selection. Nothing is read from
 * the database.
 */
@Service
public class PracticeSearch {

	private static final int MAX_FACET_VALUES = 1000;

	private static final int LONG_QUERY_WORDS = 4;

	/** How many ids a listing reads from the index at a time. */
	private static final int LISTED_CHUNK = 1000;

	/** The stored fields a hit is read with: its summary, and its texts for snippets. */
	private static final Set<String> SUMMARY_ONLY = Set.of(PracticeFields.SUMMARY);

	private static final Set<String> SUMMARY_AND_TEXTS = Stream
		.concat(SUMMARY_ONLY.stream(), PracticeFields.HIGHLIGHTED.stream())
		.collect(Collectors.toUnmodifiableSet());

	private final IndexSearches searches;

	private final SearchPredicates predicates;

	private final SpellingCorrector spelling;

	private final FacetLabels labels;

	private final NoResultHelp noResultHelp;

	private final Snippets snippets;

	private final QueryMeanings meanings;

	private final PracticePassages passages;

	/**
	 * The search of a page in one pass over the embedded index, or null where Hibernate
	 * Search's aggregations do it (OpenSearch computes them).
	 */
	private final OnePassSearch onePass;

	@Autowired
	PracticeSearch(IndexSearches searches, SearchPredicates predicates, SpellingCorrector spelling, FacetLabels labels,
			NoResultHelp noResultHelp, Snippets snippets, QueryMeanings meanings, PracticePassages passages,
			OnePassSearch onePassSearch, SearchProperties properties) {
		this(searches, predicates, spelling, labels, noResultHelp, snippets, meanings, passages,
				(properties.backend() == SearchProperties.Backend.LUCENE) ? onePassSearch : null);
	}

	PracticeSearch(IndexSearches searches, SearchPredicates predicates, SpellingCorrector spelling, FacetLabels labels,
			NoResultHelp noResultHelp, Snippets snippets, QueryMeanings meanings, PracticePassages passages,
			OnePassSearch onePass) {
		this.onePass = onePass;
		this.snippets = snippets;
		this.meanings = meanings;
		this.passages = passages;
		this.searches = searches;
		this.predicates = predicates;
		this.spelling = spelling;
		this.labels = labels;
		this.noResultHelp = noResultHelp;
	}

	public SearchResults.Page search(SearchQuery query) {
		Understood understood = understood(query);
		SearchResults.Page page = search(query, understood, true);
		if (page.listed() > 0) {
			return page;
		}
		return byMeaning(query, understood).map((meaning) -> {
			SearchResults.Page found = search(meaning.query(), understood(meaning.query()), true);
			return (found.listed() == 0) ? page : new SearchResults.Page(query, meaning.shown(), true, found.meanings(),
					found.total(), found.fewer(), found.hits(), found.facets(), found.help());
		}).orElse(page);
	}

	/**
	 * The search of what a query means, for when no practice contains any of its words
	 * ("pensions", which the compendium never writes): the concepts' words (social
	 * security), shown as the words searched, as a corrected spelling is. Otherwise a
	 * query in words the records never use found nothing, though its meaning was known.
	 * Not when filters are chosen: they, not the words, may be what leaves nothing, and
	 * the page offers to remove them.
	 */
	private Optional<Meant> byMeaning(SearchQuery query, Understood understood) {
		if (query.hasFilters() || understood.meanings().isEmpty()) {
			return Optional.empty();
		}
		List<QueryMeanings.Meaning> meanings = understood.meanings();
		// the words the query excludes stay excluded
		String words = Stream
			.concat(meanings.stream().map((meaning) -> (meaning.words() != null) ? meaning.words() : meaning.label()),
					QueryText.parse(query.text()).exclusions().stream().map((exclusion) -> "-" + exclusion))
			.distinct()
			.collect(Collectors.joining(" "));
		String shown = meanings.stream().map(QueryMeanings.Meaning::label).distinct().collect(Collectors.joining(", "));
		return Optional.of(new Meant(query.withText(words), shown));
	}

	/** A search of what a query means, and how the page names it. */
	private record Meant(SearchQuery query, String shown) {
	}

	/**
	 * Every practice the search lists, by id, in the order of its pages: what the exports
	 * of a whole result set read the records by. The search runs here, and a search that
	 * cannot run (its index being prepared, every turn taken) fails here, before an
	 * export has written anything of its file. The ids are read from the index in one
	 * query a tier, without snippets or facets, and the index is let go before this
	 * returns, so a slow reader of an export holds nothing of it. Searching page after
	 * page instead re-ran the whole search for each page, and collected every earlier
	 * page again: an export of 100,000 practices took minutes.
	 */
	public Listing listed(SearchQuery query) {
		Understood understood = understood(query);
		Listing listing = listing(query, understood);
		if (!listing.isEmpty()) {
			return listing;
		}
		// what the search's pages list then: the practices of what the words mean
		return byMeaning(query, understood).map((meaning) -> listing(meaning.query(), understood(meaning.query())))
			.filter((meant) -> !meant.isEmpty())
			.orElse(listing);
	}

	private Listing listing(SearchQuery query, Understood understood) {
		return new Listing(
				corrected(query, (session, text, searched, shared) -> listed(session, query, text, understood, shared)),
				understood.nearness());
	}

	/** The practices a search lists, by id, in the order of its pages. */
	public static final class Listing {

		private final Listed listed;

		private final Map<Long, PracticePassages.Near> nearness;

		private Listing(Listed listed, Map<Long, PracticePassages.Near> nearness) {
			this.listed = listed;
			this.nearness = nearness;
		}

		boolean isEmpty() {
			return this.listed.ids().isEmpty();
		}

		/** The ids a hundred at a time, each hundred as the search's pages order it. */
		public void forEachChunk(Consumer<List<Long>> chunk) {
			int size = CatalogueSearchDefinition.MAX_PAGE_SIZE;
			for (int from = 0; from < this.listed.ids().size(); from += size) {
				chunk.accept(this.listed.page(from, size, this.nearness));
			}
		}

	}

	/**
	 * The ids a search lists: those with most of the words, then those with fewer (the
	 * first tier's size is where the pages' reranking restarts).
	 */
	private record Listed(List<Long> ids, int most) {

		/**
		 * A page as the search's pages show it: each tier's part reranked by nearness
		 * from its own offset.
		 */
		List<Long> page(int from, int size, Map<Long, PracticePassages.Near> nearness) {
			int to = Math.min(this.ids.size(), from + size);
			int split = Math.max(from, Math.min(to, this.most));
			List<Long> page = new ArrayList<>(
					PracticePassages.rerankedIds(this.ids.subList(from, split), from, nearness));
			page.addAll(
					PracticePassages.rerankedIds(this.ids.subList(split, to), Math.max(0, from - this.most), nearness));
			return page;
		}

	}

	private Listed listed(SearchSession session, SearchQuery query, QueryText text, Understood understood,
			SearchPredicates.Shared shared) {
		List<Long> ids = new ArrayList<>();
		int most = 0;
		List<Matching> tiers = (this.predicates.units(text, shared) > 1) ? List.of(Matching.MOST, Matching.FEWER)
				: List.of(Matching.ANY);
		SearchScope<Practice> scope = session.scope(Practice.class);
		for (Matching matching : tiers) {
			try (SearchScroll<Long> scroll = session.search(scope)
				.select((f) -> f.id(Long.class))
				.where(this.predicates.matching(scope.predicate(), text, understood.meanings(), query, matching,
						Set.of(), shared))
				.sort(sort(scope.sort(), query.effectiveSort()))
				.scroll(LISTED_CHUNK)) {
				for (SearchScrollResult<Long> next = scroll.next(); next.hasHits(); next = scroll.next()) {
					ids.addAll(next.hits());
				}
			}
			if (matching == Matching.MOST) {
				most = ids.size();
			}
		}
		return new Listed(ids, most);
	}

	/**
	 * What a query means beyond its words: the vocabulary's concepts it means, and how
	 * near each practice's passages are to it when it is long. Only a search by relevance
	 * asks; the query is embedded once for both.
	 */
	private record Understood(List<QueryMeanings.Meaning> meanings, Map<Long, PracticePassages.Near> nearness) {

		static final Understood NOTHING = new Understood(List.of(), Map.of());

	}

	private Understood understood(SearchQuery query) {
		if (!QueryText.parse(query.text()).hasTerms() || query.effectiveSort() != SortOrder.RELEVANCE) {
			return Understood.NOTHING;
		}
		float[] embedded = this.meanings.embedQuery(query.text());
		return new Understood(this.meanings.of(embedded),
				isLong(query.text()) ? this.passages.nearness(embedded) : Map.of());
	}

	private SearchResults.Page search(SearchQuery query, Understood understood, boolean withFacets) {
		return corrected(query, (session, text, searched, shared) -> search(session, query, text, understood, searched,
				withFacets, shared));
	}

	/** A search of the index by a query's text, spelling corrected. */
	@FunctionalInterface
	private interface TextSearch<T> {

		/**
		 * @param searched the corrected text as the page shows it, or null when nothing
		 * was corrected
		 * @param shared what the search's predicates share
		 */
		T search(SearchSession session, QueryText text, String searched, SearchPredicates.Shared shared);

	}

	/**
	 * Runs a search with the query's words spelling corrected, and with fewer of them
	 * when they are too many for the backend.
	 */
	private <T> T corrected(SearchQuery query, TextSearch<T> search) {
		return this.searches.run((session) -> {
			QueryText asked = QueryText.parse(query.text());
			Map<String, String> corrections = this.spelling.corrections(session, asked);
			QueryText text = corrections.isEmpty() ? asked : asked.replacingWords(corrections);
			String searched = corrections.isEmpty() ? null : text.display();
			while (true) {
				try {
					return search.search(session, text, searched, this.predicates.shared());
				}
				catch (RuntimeException ex) {
					if (!SearchFailures.tooManyClauses(ex) || text.terms().size() + text.exclusions().size() <= 1) {
						throw ex;
					}
					// every word is expanded over many fields and synonyms: a long query
					// can exceed the backend's limit
					text = text.firstTerms(Math.max(1, Math.max(text.terms().size(), text.exclusions().size()) / 2));
				}
			}
		});
	}

	/**
	 * The practices that contain (most of) the words, counted and faceted; after them, on
	 * the pages they reach, the practices that contain fewer of the words. When none
	 * contains most of them, those with fewer are counted.
	 */
	private SearchResults.Page search(SearchSession session, SearchQuery query, QueryText text, Understood understood,
			String searched, boolean withFacets, SearchPredicates.Shared shared) {
		int offset = (query.page() - 1) * query.size();
		boolean tiered = this.predicates.units(text, shared) > 1;
		Tier most = tier(session, query, text, understood, tiered ? Matching.MOST : Matching.ANY, offset, query.size(),
				withFacets, shared, tiered);
		// some of the words but not most: those with any, less those with most (one
		// disjunction to count, not a disjunction and its negation)
		long fewer = tiered
				? ((most.withAny() >= 0) ? most.withAny() : count(session, query, text, Matching.ANY, shared))
						- most.total()
				: 0;
		List<SearchResults.Hit> hits = most.hits();
		List<SearchResults.Facet> facets = most.facets();
		if (most.total() == 0 && fewer > 0) {
			Tier others = tier(session, query, text, understood, Matching.FEWER, offset, query.size(), withFacets,
					shared, false);
			hits = others.hits();
			facets = others.facets();
		}
		else if (fewer > 0 && offset + query.size() > most.total()) {
			int othersOffset = (int) Math.max(0, offset - most.total());
			Tier others = tier(session, query, text, understood, Matching.FEWER, othersOffset,
					query.size() - hits.size(), false, shared, false);
			hits = new ArrayList<>(hits);
			hits.addAll(others.hits());
		}
		SearchResults.Help help = (withFacets && most.total() + fewer == 0)
				? this.noResultHelp.find(session, text, query) : SearchResults.Help.NONE;
		return new SearchResults.Page(query, searched, false, understood.meanings(), most.total(), fewer, hits, facets,
				help);
	}

	/**
	 * @param withAny how many practices have any of the words, when the tier's search
	 * counted them too; -1 otherwise
	 */
	private record Tier(long total, List<SearchResults.Hit> hits, List<SearchResults.Facet> facets, long withAny) {
	}

	/**
	 * Whether a query is long enough for the practices' passages to rank it: four words
	 * or more (see {@link PracticePassages#reranked}).
	 */
	private static boolean isLong(String text) {
		return text != null && text.strip().split("\\s+").length >= LONG_QUERY_WORDS;
	}

	private Tier tier(SearchSession session, SearchQuery query, QueryText text, Understood understood,
			Matching matching, int offset, int limit, boolean withFacets, SearchPredicates.Shared shared,
			boolean countingAny) {
		Snippets.Terms marks = this.snippets.terms(this.predicates.highlighted(text, understood.meanings()));
		Snippets.Terms ownWords = this.snippets.terms(String.join(" ", text.terms()));
		SearchScope<Practice> scope = session.scope(Practice.class);
		if (this.onePass != null) {
			return onePassTier(scope, query, text, understood, matching, offset, limit, withFacets, marks, ownWords,
					shared, countingAny);
		}
		var search = session.search(scope)
			.select(hitProjection(scope.projection(), marks, ownWords, matching == Matching.FEWER,
					query.effectiveSort().isByScore()))
			.where(this.predicates.matching(scope.predicate(), text, understood.meanings(), query, matching, Set.of(),
					shared))
			.sort(sort(scope.sort(), query.effectiveSort()));
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		if (withFacets) {
			for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
				if (query.selected(facet.name()).isEmpty()) {
					for (Map.Entry<String, String> counted : countedFields(facet).entrySet()) {
						AggregationKey<Map<String, Long>> key = AggregationKey.of(counted.getKey());
						keys.put(counted.getKey(), key);
						search = search.aggregation(key,
								(f) -> f.terms()
									.field(counted.getValue(), String.class)
									.maxTermCount(MAX_FACET_VALUES));
					}
				}
			}
		}
		SearchResult<SearchResults.Hit> result = search.fetch(offset, limit);
		List<SearchResults.Facet> facets = new ArrayList<>();
		if (withFacets) {
			for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
				Map<String, Map<String, Long>> counts = new HashMap<>();
				if (keys.containsKey(facet.name())) {
					countedFields(facet).keySet()
						.forEach((name) -> counts.put(name, result.aggregation(keys.get(name))));
				}
				else {
					counts.putAll(countsIgnoringOwnSelection(session, text, query, matching, facet, shared));
				}
				facets.add(facet(facet, counts, query));
			}
		}
		return new Tier(result.total().hitCount(),
				PracticePassages.reranked(result.hits(), offset, understood.nearness()), facets, -1);
	}

	/**
	 * The same tier in one pass over the embedded index: the predicates and the sort are
	 * Hibernate Search's, translated into Lucene's. With {@code countingAny}, the
	 * practices with any of the words are counted in the same pass.
	 */
	private Tier onePassTier(SearchScope<Practice> scope, SearchQuery query, QueryText text, Understood understood,
			Matching matching, int offset, int limit, boolean withFacets, Snippets.Terms marks, Snippets.Terms ownWords,
			SearchPredicates.Shared shared, boolean countingAny) {
		List<FacetDefinition> selected = withFacets ? CatalogueSearchDefinition.FACETS.stream()
			.filter((facet) -> !query.selected(facet.name()).isEmpty())
			.toList() : List.of();
		Set<String> selectedNames = selected.stream().map(FacetDefinition::name).collect(Collectors.toSet());
		Query base = LuceneMigrationUtils.toLuceneQuery(this.predicates.matching(scope.predicate(), text,
				understood.meanings(), query, matching, selectedNames, shared));
		List<Query> selections = selected.stream()
			.map((facet) -> LuceneMigrationUtils
				.toLuceneQuery(this.predicates.selection(scope.predicate(), facet, query.selected(facet.name()))))
			.toList();
		List<OnePassSearch.Counted> counted = new ArrayList<>();
		if (withFacets) {
			for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
				countedFields(facet).forEach(
						(name, field) -> counted.add(new OnePassSearch.Counted(name, field, selected.indexOf(facet))));
			}
		}
		Query any = countingAny ? LuceneMigrationUtils.toLuceneQuery(
				this.predicates.matching(scope.predicate(), text, List.of(), query, Matching.ANY, Set.of(), shared))
				: null;
		Set<String> stored = marks.isEmpty() ? SUMMARY_ONLY : SUMMARY_AND_TEXTS;
		OnePassSearch.Result result;
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			result = this.onePass.search(reader, base, selections, counted,
					LuceneMigrationUtils.toLuceneSort(sort(scope.sort(), query.effectiveSort())), offset, limit, stored,
					any);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (OnePassSearch.Row row : result.rows()) {
			hits.add(hit(row, marks, ownWords, matching == Matching.FEWER));
		}
		List<SearchResults.Facet> facets = new ArrayList<>();
		if (withFacets) {
			for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
				Map<String, Map<String, Long>> counts = new HashMap<>();
				countedFields(facet).keySet()
					.forEach((name) -> counts.put(name, mostCounted(result.counts().get(name))));
				facets.add(facet(facet, counts, query));
			}
		}
		return new Tier(result.total(), PracticePassages.reranked(hits, offset, understood.nearness()), facets,
				result.alsoCounted());
	}

	/** A hit as the one pass read it from the index's stored fields. */
	private SearchResults.Hit hit(OnePassSearch.Row row, Snippets.Terms marks, Snippets.Terms ownWords,
			boolean partial) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		if (!marks.isEmpty()) {
			PracticeFields.HIGHLIGHTED
				.forEach((field) -> texts.put(field, row.fields().getOrDefault(field, List.of())));
		}
		return hit(row.fields().get(PracticeFields.SUMMARY).get(0), row.score(), texts, marks, ownWords, partial);
	}

	/**
	 * The values a facet shows at most, as Hibernate Search's terms aggregation gives
	 * them: the most counted, ties by value.
	 */
	private static Map<String, Long> mostCounted(Map<String, Long> counts) {
		if (counts.size() <= MAX_FACET_VALUES) {
			return counts;
		}
		Map<String, Long> most = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_FACET_VALUES)
			.forEach((entry) -> most.put(entry.getKey(), entry.getValue()));
		return most;
	}

	/**
	 * The aggregations that count a facet, by name: its values, and its groups' where it
	 * is grouped.
	 */
	private static Map<String, String> countedFields(FacetDefinition facet) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(facet.name(), facet.field());
		CatalogueSearchDefinition.grouping(facet.name())
			.ifPresent((grouping) -> fields.put(grouping.aggregationName(), grouping.field()));
		return fields;
	}

	private long count(SearchSession session, SearchQuery query, QueryText text, Matching matching,
			SearchPredicates.Shared shared) {
		SearchScope<Practice> scope = session.scope(Practice.class);
		return session.search(scope)
			.select((f) -> f.id())
			.where(this.predicates.matching(scope.predicate(), text, List.of(), query, matching, Set.of(), shared))
			.fetchTotalHitCount();
	}

	/**
	 * The practice's summary and score (none when the search is in another order: the
	 * backend then scores nothing), and a snippet of every text field where it matches.
	 */
	private SearchProjection<SearchResults.Hit> hitProjection(SearchProjectionFactory<EntityReference, Practice> f,
			Snippets.Terms marks, Snippets.Terms ownWords, boolean partial, boolean scored) {
		List<SearchProjection<?>> projections = new ArrayList<>();
		projections.add(f.field(PracticeFields.SUMMARY, String.class).toProjection());
		projections.add(scored ? f.score().toProjection() : f.constant(Float.NaN).toProjection());
		if (!marks.isEmpty()) {
			PracticeFields.HIGHLIGHTED
				.forEach((field) -> projections.add(f.field(field, String.class).multi().toProjection()));
		}
		return f.composite()
			.from(projections.toArray(SearchProjection<?>[]::new))
			.asList((row) -> hit(row, marks, ownWords, partial))
			.toProjection();
	}

	@SuppressWarnings("unchecked")
	private SearchResults.Hit hit(List<?> row, Snippets.Terms marks, Snippets.Terms ownWords, boolean partial) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		for (int i = 2; i < row.size(); i++) {
			texts.put(PracticeFields.HIGHLIGHTED.get(i - 2), (List<String>) row.get(i));
		}
		return hit((String) row.get(0), (row.get(1) instanceof Float value) ? value : Float.NaN, texts, marks, ownWords,
				partial);
	}

	/**
	 * A hit: its summary (JSON), score and text fields (those a snippet can come from, in
	 * {@link PracticeFields#HIGHLIGHTED}'s order, when the query marks any).
	 */
	private SearchResults.Hit hit(String summaryJson, float score, Map<String, List<String>> texts,
			Snippets.Terms marks, Snippets.Terms ownWords, boolean partial) {
		PracticeSummary summary = PracticeSummary.fromJson(summaryJson);
		Map<String, String> highlights = this.snippets.of(texts, marks);
		return new SearchResults.Hit(summary, score, highlights, bestSnippetField(highlights), partial,
				this.snippets.otherWordsMarked(texts, highlights, ownWords), null);
	}

	/**
	 * The field whose snippet shows the most matches, weighed by the field's importance;
	 * titles are shown anyway.
	 */
	private static String bestSnippetField(Map<String, String> highlights) {
		String best = null;
		double bestWeight = 0;
		for (Map.Entry<String, String> highlight : highlights.entrySet()) {
			if (CatalogueSearchDefinition.TITLE_FIELDS.contains(highlight.getKey())) {
				continue;
			}
			long marks = highlight.getValue().split("<mark>", -1).length - 1;
			double weight = marks * CatalogueSearchDefinition.FIELD_BOOSTS.get(highlight.getKey());
			if (weight > bestWeight) {
				best = highlight.getKey();
				bestWeight = weight;
			}
		}
		return best;
	}

	private SearchSort sort(SearchSortFactory f, SortOrder order) {
		var sort = f.composite();
		for (SortOrder.Key key : order.keys()) {
			if (key.isScore()) {
				sort.add(f.score().toSort());
			}
			else {
				sort.add(key.descending() ? f.field(key.field()).desc().toSort() : f.field(key.field()).toSort());
			}
		}
		return sort.toSort();
	}

	private Map<String, Map<String, Long>> countsIgnoringOwnSelection(SearchSession session, QueryText text,
			SearchQuery query, Matching matching, FacetDefinition facet, SearchPredicates.Shared shared) {
		SearchScope<Practice> scope = session.scope(Practice.class);
		var search = session.search(scope)
			.select((f) -> f.id())
			.where(this.predicates.matching(scope.predicate(), text, List.of(), query, matching, Set.of(facet.name()),
					shared));
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		for (Map.Entry<String, String> counted : countedFields(facet).entrySet()) {
			AggregationKey<Map<String, Long>> key = AggregationKey.of(counted.getKey());
			keys.put(counted.getKey(), key);
			search = search.aggregation(key,
					(f) -> f.terms().field(counted.getValue(), String.class).maxTermCount(MAX_FACET_VALUES));
		}
		SearchResult<?> result = search.fetch(0);
		Map<String, Map<String, Long>> counts = new HashMap<>();
		keys.forEach((name, key) -> counts.put(name, result.aggregation(key)));
		return counts;
	}

	private SearchResults.Facet facet(FacetDefinition facet, Map<String, Map<String, Long>> aggregations,
			SearchQuery query) {
		Map<String, Long> counts = aggregations.get(facet.name());
		List<SearchResults.FacetValue> values = new ArrayList<>();
		counts.forEach((value, count) -> values.add(new SearchResults.FacetValue(value,
				this.labels.label(facet.name(), value), count, query.isSelected(facet.name(), value))));
		for (String selected : query.selected(facet.name())) {
			if (!counts.containsKey(selected)) {
				values.add(new SearchResults.FacetValue(selected, this.labels.label(facet.name(), selected), 0, true));
			}
		}
		values.sort(Comparator.comparing(SearchResults.FacetValue::count)
			.reversed()
			.thenComparing(SearchResults.FacetValue::label));
		List<SearchResults.FacetValue> excluded = query.excluded(facet.name())
			.stream()
			.map((value) -> new SearchResults.FacetValue(value, this.labels.label(facet.name(), value), 0, false))
			.toList();
		List<SearchResults.FacetGroup> groups = CatalogueSearchDefinition.grouping(facet.name())
			.map((grouping) -> groups(grouping, facet, values, aggregations.get(grouping.aggregationName())))
			.orElse(List.of());
		return new SearchResults.Facet(facet, List.copyOf(values), excluded, groups);
	}

	/**
	 * The groups that hold a value, in the declared order, each counted by the practices
	 * that have any of its values.
	 */
	private static List<SearchResults.FacetGroup> groups(FacetGrouping grouping, FacetDefinition facet,
			List<SearchResults.FacetValue> values, Map<String, Long> counts) {
		Map<String, List<SearchResults.FacetValue>> members = new LinkedHashMap<>();
		for (SearchResults.FacetValue value : values) {
			grouping.groupOf()
				.apply(value.value())
				.ifPresent((group) -> members.computeIfAbsent(group, (code) -> new ArrayList<>()).add(value));
		}
		return grouping.groups()
			.stream()
			.filter(members::containsKey)
			.map((group) -> new SearchResults.FacetGroup(group, grouping.groupMessagePrefix() + group,
					counts.getOrDefault(group, 0L), List.copyOf(members.get(group)), facet.shown()))
			.toList();
	}

}
