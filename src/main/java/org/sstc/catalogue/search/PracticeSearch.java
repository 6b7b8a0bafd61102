package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeStatus;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text and faceted search over the published practices, with Hibernate Search's Lucene backend: one query for
 * the hits and the counts of the facets nobody filtered on, and one count-only query per filtered facet, so that
 * each facet's counts ignore its own selection.
 */
@Service
@Transactional(readOnly = true)
public class PracticeSearch {

	private static final SimpleQueryFlag[] QUERY_FLAGS = { SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
			SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.OR, SimpleQueryFlag.PRECEDENCE };

	private static final List<String> TITLE_FIELDS = List.of(PracticeFields.SHORT_TITLE, PracticeFields.TITLE);

	private static final int MAX_FACET_VALUES = 1000;

	private final EntityManager entityManager;

	private final SpellingCorrector spelling;

	private final FacetLabels labels;

	private final Synonyms synonyms;

	private final Snippets snippets;

	private final MessageSource messages;

	PracticeSearch(EntityManager entityManager, SpellingCorrector spelling, FacetLabels labels, Synonyms synonyms,
			Snippets snippets, MessageSource messages) {
		this.entityManager = entityManager;
		this.spelling = spelling;
		this.labels = labels;
		this.synonyms = synonyms;
		this.snippets = snippets;
		this.messages = messages;
	}

	public SearchResults.Page search(SearchQuery query) {
		SearchSession session = Search.session(this.entityManager);
		QueryText asked = QueryText.parse(query.text());
		Map<String, String> corrections = corrections(session, asked);
		QueryText text = corrections.isEmpty() ? asked : asked.replacingWords(corrections);
		String searched = corrections.isEmpty() ? null : text.display();
		while (true) {
			try {
				return search(session, query, text, searched);
			}
			catch (RuntimeException ex) {
				if (!tooManyClauses(ex) || text.terms().size() + text.exclusions().size() <= 1) {
					throw ex;
				}
				// every word is expanded over many fields and synonyms: a long query can exceed Lucene's limit
				text = text.firstTerms(Math.max(1, Math.max(text.terms().size(), text.exclusions().size()) / 2));
			}
		}
	}

	private static boolean tooManyClauses(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IndexSearcher.TooManyClauses) {
				return true;
			}
		}
		return false;
	}

	private SearchResults.Page search(SearchSession session, SearchQuery query, QueryText text, String searched) {
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		CatalogueSearchDefinition.FACETS.stream()
			.filter((facet) -> query.selected(facet.name()).isEmpty())
			.forEach((facet) -> keys.put(facet.name(), AggregationKey.of(facet.name())));

		SearchScope<Practice> scope = session.scope(Practice.class);
		var search = session.search(scope)
			.select(hitProjection(scope.projection()))
			.where(predicate(scope.predicate(), text, query, null))
			.sort(sort(scope.sort(), query.effectiveSort()));
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			AggregationKey<Map<String, Long>> key = keys.get(facet.name());
			if (key != null) {
				search = search.aggregation(key,
						(f) -> f.terms().field(facet.field(), String.class).maxTermCount(MAX_FACET_VALUES));
			}
		}
		SearchResult<List<?>> result = search.fetch((query.page() - 1) * query.size(), query.size());

		List<SearchResults.Facet> facets = new ArrayList<>();
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			AggregationKey<Map<String, Long>> key = keys.get(facet.name());
			Map<String, Long> counts = (key != null) ? result.aggregation(key)
					: countsIgnoringOwnSelection(session, text, query, facet);
			facets.add(facet(facet, counts, query));
		}
		long total = result.total().hitCount();
		Snippets.Terms terms = this.snippets.terms(text.hasTerms() ? this.synonyms.expand(text.terms()) : "");
		List<SearchResults.Hit> hits = result.hits().stream().map((row) -> hit(row, terms)).toList();
		List<SearchResults.Hit> nearest = (total == 0 && text.hasTerms()) ? nearest(session, text) : List.of();
		List<SearchResults.Relaxation> relaxations = (total == 0) ? relaxations(session, text, query) : List.of();
		return new SearchResults.Page(query, searched, total, hits, facets, nearest, relaxations);
	}

	/** The practices closest to this one by text and by shared themes, countries and organisations. */
	public List<Practice> similar(Practice practice, int count) {
		SearchSession session = Search.session(this.entityManager);
		QueryText titleWords = QueryText.parse(practice.getShortTitle() + " " + practice.getTitle());
		return session.search(Practice.class).where((f) -> {
			var bool = f.bool()
				.filter(f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED.name()))
				.mustNot(f.id().matching(practice.getId()));
			practice.getThemes()
				.forEach((theme) -> bool.should(
						f.match().field(PracticeFields.THEME_CODE).matching(theme.code()).boost(3f)));
			practice.allCountries()
				.forEach((country) -> bool.should(
						f.match().field(PracticeFields.COUNTRY_CODE).matching(country.code()).boost(1f)));
			practice.allOrganisations()
				.forEach((org) -> bool
					.should(f.match().field(PracticeFields.ORGANISATION_KEY).matching(org.key()).boost(1.5f)));
			if (titleWords.hasTerms()) {
				bool.should(textMatch(f, String.join(" ", titleWords.words()), BooleanOperator.OR, 0.5f));
			}
			bool.should(f.match().field(PracticeFields.REGION_CODE).matching(practice.getRegion().code()).boost(0.5f));
			return bool;
		}).fetchHits(count);
	}

	/**
	 * Titles, themes, countries and organisations that start with what a person is typing; themes are named in the
	 * interface language and found by their English name too.
	 */
	public List<Suggestion> suggest(String typed, int count, Locale locale) {
		String prefix = fold(typed == null ? "" : typed.strip());
		if (prefix.length() < 2 || prefix.length() > 100) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		List<Suggestion> suggestions = new ArrayList<>();
		session.search(Practice.class)
			.where((f) -> f.bool()
				.filter(f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED.name()))
				.must(f.simpleQueryString()
					.field(PracticeFields.TITLE_AUTOCOMPLETE)
					.matching(prefix.replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
					.defaultOperator(BooleanOperator.AND)
					.flags(SimpleQueryFlag.WHITESPACE)))
			.sort((f) -> f.score().then().field(PracticeFields.NUMBER))
			.fetchHits(count)
			.forEach((practice) -> suggestions.add(new Suggestion("practice", practice.getShortTitle(),
					"/practices/" + practice.getSlug())));

		AggregationKey<Map<String, Long>> themes = AggregationKey.of("theme");
		AggregationKey<Map<String, Long>> countries = AggregationKey.of("country");
		AggregationKey<Map<String, Long>> organisations = AggregationKey.of("organisation");
		SearchResult<EntityReference> values = session.search(Practice.class)
			.selectEntityReference()
			.where((f) -> f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED.name()))
			.aggregation(themes, (f) -> f.terms().field(PracticeFields.THEME_CODE, String.class).maxTermCount(100))
			.aggregation(countries,
					(f) -> f.terms().field(PracticeFields.COUNTRY_CODE, String.class).maxTermCount(MAX_FACET_VALUES))
			.aggregation(organisations,
					(f) -> f.terms().field(PracticeFields.ORGANISATION_KEY, String.class).maxTermCount(MAX_FACET_VALUES))
			.fetch(0);
		addValueSuggestions(suggestions, "theme", values.aggregation(themes), prefix, locale);
		addValueSuggestions(suggestions, "country", values.aggregation(countries), prefix, locale);
		addValueSuggestions(suggestions, "organisation", values.aggregation(organisations), prefix, locale);
		return suggestions.stream().limit(count).toList();
	}

	/** One autocompletion: a practice to open, or a facet value to filter on. */
	public record Suggestion(String kind, String label, String url) {
	}

	private void addValueSuggestions(List<Suggestion> suggestions, String facet, Map<String, Long> counts,
			String prefix, Locale locale) {
		String messagePrefix = CatalogueSearchDefinition.facet(facet).orElseThrow().valueMessagePrefix();
		counts.keySet().stream().map((value) -> {
			String english = this.labels.label(facet, value);
			String shown = (messagePrefix != null)
					? this.messages.getMessage(messagePrefix + value, null, english, locale) : english;
			return new String[] { value, english, shown };
		})
			.filter((names) -> startsAWord(fold(names[2]), prefix) || startsAWord(fold(names[1]), prefix)
					|| fold(names[0]).startsWith(prefix))
			.sorted(Comparator.comparing((String[] names) -> names[2]))
			.forEach((names) -> suggestions.add(new Suggestion(facet, names[2],
					SearchQuery.empty(CatalogueSearchDefinition.DEFAULT_PAGE_SIZE).withFilter(facet, names[0]).url())));
	}

	private static boolean startsAWord(String text, String prefix) {
		return text.startsWith(prefix) || text.contains(" " + prefix);
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT);
	}

	private Map<String, String> corrections(SearchSession session, QueryText text) {
		if (text.words().isEmpty()) {
			return Map.of();
		}
		try (IndexReader reader = session.scope(Practice.class).extension(LuceneExtension.get()).openIndexReader()) {
			return this.spelling.corrections(text, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchProjection<List<?>> hitProjection(SearchProjectionFactory<EntityReference, Practice> f) {
		return f.composite().from(f.entity().toProjection(), f.score().toProjection()).asList().toProjection();
	}

	private SearchResults.Hit hit(List<?> row, Snippets.Terms terms) {
		Practice practice = (Practice) row.get(0);
		float score = (row.get(1) instanceof Float value) ? value : Float.NaN;
		Map<String, String> highlights = this.snippets.of(practice, terms);
		String best = null;
		double bestWeight = 0;
		for (Map.Entry<String, String> highlight : highlights.entrySet()) {
			if (TITLE_FIELDS.contains(highlight.getKey())) {
				continue;
			}
			long marks = highlight.getValue().split("<mark>", -1).length - 1;
			double weight = marks * PracticeRanking.FIELD_BOOSTS.get(highlight.getKey());
			if (weight > bestWeight) {
				best = highlight.getKey();
				bestWeight = weight;
			}
		}
		if (best == null && !highlights.isEmpty()) {
			best = highlights.keySet().iterator().next();
		}
		return new SearchResults.Hit(practice, score, highlights, best);
	}

	private SearchPredicate predicate(SearchPredicateFactory f, QueryText text, SearchQuery query,
			String ignoredFacet) {
		var bool = f.bool().filter(f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED.name()));
		if (text.hasTerms()) {
			String terms = this.synonyms.expand(text.terms());
			bool.must(textMatch(f, terms, BooleanOperator.OR, 1f));
			bool.should(textMatch(f, terms, BooleanOperator.AND, PracticeRanking.ALL_WORDS_BOOST));
			if (text.phrase() != null) {
				bool.should(f.phrase()
					.fields(TITLE_FIELDS.toArray(String[]::new))
					.matching(text.phrase())
					.slop(1)
					.boost(PracticeRanking.TITLE_PHRASE_BOOST));
				bool.should(f.phrase()
					.fields(PracticeFields.HIGHLIGHTED.toArray(String[]::new))
					.matching(text.phrase())
					.slop(2)
					.boost(PracticeRanking.TEXT_PHRASE_BOOST));
			}
		}
		else {
			bool.must(f.matchAll());
		}
		text.exclusions()
			.forEach((exclusion) -> bool
				.mustNot(textMatch(f, this.synonyms.expand(List.of(exclusion)), BooleanOperator.AND, 1f)));
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			List<String> values = query.selected(facet.name());
			if (!values.isEmpty() && !facet.name().equals(ignoredFacet)) {
				bool.filter(f.terms().field(facet.field()).matchingAny(values));
			}
		}
		return bool.toPredicate();
	}

	private static SearchPredicate textMatch(SearchPredicateFactory f, String terms, BooleanOperator operator,
			float boost) {
		var fields = f.simpleQueryString();
		var step = fields.field(PracticeFields.SHORT_TITLE).boost(PracticeRanking.FIELD_BOOSTS.get(PracticeFields.SHORT_TITLE));
		for (String field : PracticeFields.HIGHLIGHTED) {
			if (!field.equals(PracticeFields.SHORT_TITLE)) {
				step = step.field(field).boost(PracticeRanking.FIELD_BOOSTS.get(field));
			}
		}
		return step.matching(terms).defaultOperator(operator).flags(QUERY_FLAGS).boost(boost).toPredicate();
	}

	private SearchSort sort(SearchSortFactory f, SortOrder order) {
		return switch (order) {
			case RELEVANCE -> f.score().then().field(PracticeFields.NUMBER).toSort();
			case NUMBER -> f.field(PracticeFields.NUMBER).toSort();
			case TITLE -> f.field(PracticeFields.TITLE_SORT).then().field(PracticeFields.NUMBER).toSort();
		};
	}

	private Map<String, Long> countsIgnoringOwnSelection(SearchSession session, QueryText text, SearchQuery query,
			FacetDefinition facet) {
		AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
		SearchScope<Practice> scope = session.scope(Practice.class);
		return session.search(scope)
			.selectEntityReference()
			.where(predicate(scope.predicate(), text, query, facet.name()))
			.aggregation(key, (f) -> f.terms().field(facet.field(), String.class).maxTermCount(MAX_FACET_VALUES))
			.fetch(0)
			.aggregation(key);
	}

	private SearchResults.Facet facet(FacetDefinition facet, Map<String, Long> counts, SearchQuery query) {
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
		return new SearchResults.Facet(facet, List.copyOf(values));
	}

	private List<SearchResults.Hit> nearest(SearchSession session, QueryText text) {
		String words = String.join(" ", Stream.concat(text.words().stream(),
				text.terms().stream().map((term) -> term.replace("\"", "").replace("*", ""))).distinct().toList());
		return session.search(Practice.class)
			.where((f) -> f.bool()
				.filter(f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED.name()))
				.must(f.match()
					.fields(PracticeFields.HIGHLIGHTED.toArray(String[]::new))
					.matching(words)
					.fuzzy(2)))
			.fetchHits(3)
			.stream()
			.map((practice) -> new SearchResults.Hit(practice, Float.NaN, Map.of(), null))
			.toList();
	}

	private List<SearchResults.Relaxation> relaxations(SearchSession session, QueryText text, SearchQuery query) {
		List<SearchResults.Relaxation> relaxations = new ArrayList<>();
		query.filters().forEach((facetName, values) -> {
			FacetDefinition facet = CatalogueSearchDefinition.facet(facetName).orElseThrow();
			for (String value : values) {
				SearchQuery relaxed = query.withoutFilter(facetName, value);
				SearchScope<Practice> scope = session.scope(Practice.class);
				long count = session.search(scope)
					.selectEntityReference()
					.where(predicate(scope.predicate(), text, relaxed, null))
					.fetchTotalHitCount();
				if (count > 0) {
					relaxations.add(new SearchResults.Relaxation(facetName, value, this.labels.label(facetName, value),
							facet.valueMessagePrefix(), count, relaxed));
				}
			}
		});
		return relaxations;
	}

}
