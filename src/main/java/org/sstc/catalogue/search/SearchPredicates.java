package org.sstc.catalogue.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.sstc.catalogue.practice.PracticeStatus;

import org.springframework.stereotype.Component;

/**
 * The predicates every search is made of: published practices only, the words of a query
 * (each word, phrase or synonym group a unit that must match in some field), and the
 * selected filters. Built with Hibernate Search's backend-neutral DSL, so that the same
 * search runs on the embedded Lucene index and on OpenSearch.
 */
@Component
class SearchPredicates {

	private static final SimpleQueryFlag[] QUERY_FLAGS = { SimpleQueryFlag.PHRASE, SimpleQueryFlag.NEAR,
			SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.OR, SimpleQueryFlag.PRECEDENCE };

	/**
	 * How much a group of countries beside other words ranks, against a required unit's
	 * 1: a practice that names several of its countries matches it several times over.
	 */
	private static final float COUNTRY_GROUP_WEIGHT = 0.5f;

	private final Synonyms synonyms;

	private final float meaningWeight;

	private final boolean embedded;

	SearchPredicates(Synonyms synonyms, SearchProperties properties) {
		this.synonyms = synonyms;
		this.meaningWeight = properties.meanings().weight();
		this.embedded = properties.backend() == SearchProperties.Backend.LUCENE;
	}

	/**
	 * What the predicates of one search share: its units, and each unit's words over the
	 * fields translated into a Lucene query once for all its tiers and counts, on the
	 * embedded index. Hibernate Search translates a simple query string each time a
	 * predicate holding it becomes a query, analysing its words once per field: a search
	 * of a few words and their synonyms over nineteen fields analysed them a few hundred
	 * times for its first tier, and as many again for its count of the others. Not shared
	 * between threads: one search's.
	 */
	static final class Shared {

		private final boolean embedded;

		private final Map<List<String>, List<String>> groups = new HashMap<>();

		private final Map<Translation, Query> queries = new HashMap<>();

		private Shared(boolean embedded) {
			this.embedded = embedded;
		}

	}

	/** A unit's words over fields, as a search's units are translated. */
	private record Translation(String terms, BooleanOperator operator, float boost, List<String> fields) {
	}

	/** What the predicates of a new search will share. */
	Shared shared() {
		return new Shared(this.embedded);
	}

	/**
	 * How many of a query's units a practice must contain. {@link #MOST} is what people
	 * expect of a catalogue and what a search counts: every word of a short query, all
	 * but one of three or four words, three in four of a longer one (a question's
	 * incidental words need not all be there). {@link #FEWER} are the practices that
	 * contain some of the words but not that many, listed after the others; {@link #ANY}
	 * is both together.
	 */
	enum Matching {

		MOST, FEWER, ANY;

		int required(int units) {
			if (this != MOST || units <= 1) {
				return 1;
			}
			if (units <= 2) {
				return units;
			}
			if (units <= 4) {
				return units - 1;
			}
			return (units * 3) / 4;
		}

	}

	SearchPredicate published(SearchPredicateFactory f) {
		return f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED.name()).toPredicate();
	}

	/**
	 * The practices a search finds: published, matching the words as {@code matching}
	 * says, within the filters.
	 */
	SearchPredicate matching(SearchPredicateFactory f, QueryText text, SearchQuery query, Matching matching,
			Set<String> ignoredFacets) {
		return matching(f, text, List.of(), query, matching, ignoredFacets, shared());
	}

	/**
	 * The same, ranked also by what the query means: each meaning adds to the score of
	 * the practices that carry its theme or name it, without making any a result. The
	 * selections of {@code ignoredFacets} are left out (their exclusions stay).
	 */
	SearchPredicate matching(SearchPredicateFactory f, QueryText text, List<QueryMeanings.Meaning> meanings,
			SearchQuery query, Matching matching, Set<String> ignoredFacets, Shared shared) {
		var bool = f.bool().filter(published(f));
		List<String> searched = query.searchedFields();
		if (text.hasTerms()) {
			bool.must(words(f, text, (matching == Matching.FEWER) ? Matching.ANY : matching, searched, shared));
			if (matching == Matching.FEWER) {
				bool.mustNot(words(f, text, Matching.MOST, searched, shared));
			}
			if (text.phrase() != null) {
				List<String> titles = CatalogueSearchDefinition.TITLE_FIELDS.stream()
					.filter(searched::contains)
					.toList();
				if (!titles.isEmpty()) {
					bool.should(f.phrase()
						.fields(titles.toArray(String[]::new))
						.matching(text.phrase())
						.slop(1)
						.boost(CatalogueSearchDefinition.TITLE_PHRASE_BOOST));
				}
				bool.should(f.phrase()
					.fields(searched.toArray(String[]::new))
					.matching(text.phrase())
					.slop(2)
					.boost(CatalogueSearchDefinition.TEXT_PHRASE_BOOST));
			}
		}
		else {
			bool.must(f.matchAll());
		}
		for (QueryMeanings.Meaning meaning : meanings) {
			float boost = (float) (this.meaningWeight * meaning.similarity());
			bool.should((meaning.theme() != null)
					? f.match()
						.field(PracticeFields.THEME_CODE)
						.matching(meaning.theme().code())
						.constantScore()
						.boost(boost)
						.toPredicate()
					: sharedFields(f, meaning.words(), BooleanOperator.AND, boost, query.searchedFields(), shared));
		}
		text.exclusions()
			.forEach((exclusion) -> bool.mustNot(sharedFields(f, this.synonyms.expand(List.of(exclusion)),
					BooleanOperator.AND, 1f, PracticeFields.HIGHLIGHTED, shared)));
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			List<String> values = query.selected(facet.name());
			if (!values.isEmpty() && !ignoredFacets.contains(facet.name())) {
				bool.filter(selection(f, facet, values));
			}
			// exclusions apply to every count, the facet's own too: an excluded value is
			// in no practice found
			List<String> excluded = query.excluded(facet.name());
			if (!excluded.isEmpty()) {
				bool.mustNot(f.terms().field(facet.field()).matchingAny(excluded));
			}
		}
		return bool.toPredicate();
	}

	/** The practices that have any of a facet's selected values. */
	SearchPredicate selection(SearchPredicateFactory f, FacetDefinition facet, List<String> values) {
		return f.terms().field(facet.field()).matchingAny(values).toPredicate();
	}

	/**
	 * How many units the query requires: its words, phrases and prefixes, each synonym
	 * group counting as one, groups of countries beside other words aside.
	 */
	int units(QueryText text, Shared shared) {
		return required(groups(text, shared)).size();
	}

	private List<String> groups(QueryText text, Shared shared) {
		return shared.groups.computeIfAbsent(text.terms(), this.synonyms::groups);
	}

	/**
	 * The units a practice must match ({@code matching}'s share of them): all but the
	 * groups of countries, unless the query has nothing else.
	 */
	private List<String> required(List<String> units) {
		List<String> required = units.stream().filter((unit) -> !this.synonyms.ranksOnly(unit)).toList();
		return required.isEmpty() ? units : required;
	}

	/**
	 * Each unit of the query matched in any field, with {@code matching}'s share of the
	 * required ones required; the others rank.
	 */
	private SearchPredicate words(SearchPredicateFactory f, QueryText text, Matching matching, List<String> searched,
			Shared shared) {
		List<String> units = groups(text, shared);
		List<String> required = required(units);
		SearchPredicate words;
		if (required.size() == 1) {
			words = sharedFields(f, required.get(0), BooleanOperator.AND, 1f, searched, shared);
		}
		else {
			var bool = f.bool();
			required.forEach((unit) -> bool.should(sharedFields(f, unit, BooleanOperator.AND, 1f, searched, shared)));
			words = bool.minimumShouldMatchNumber(matching.required(required.size())).toPredicate();
		}
		if (required.size() == units.size()) {
			return words;
		}
		var ranked = f.bool().must(words);
		units.stream()
			.filter(this.synonyms::ranksOnly)
			.forEach((unit) -> ranked
				.should(sharedFields(f, unit, BooleanOperator.AND, COUNTRY_GROUP_WEIGHT, searched, shared)));
		return ranked.toPredicate();
	}

	/**
	 * {@link #fields} as the search shares it: on the embedded index, the Lucene query
	 * the search translated it into the first time.
	 */
	private static SearchPredicate sharedFields(SearchPredicateFactory f, String terms, BooleanOperator operator,
			float boost, List<String> searched, Shared shared) {
		if (!shared.embedded) {
			return fields(f, terms, operator, boost, searched);
		}
		Query query = shared.queries.computeIfAbsent(new Translation(terms, operator, boost, searched),
				(translation) -> LuceneMigrationUtils.toLuceneQuery(fields(f, terms, operator, boost, searched)));
		return f.extension(LuceneExtension.get()).fromLuceneQuery(query).toPredicate();
	}

	/** A simple query string over every text field, each with its weight. */
	static SearchPredicate fields(SearchPredicateFactory f, String terms, BooleanOperator operator, float boost) {
		return fields(f, terms, operator, boost, PracticeFields.HIGHLIGHTED);
	}

	/** A simple query string over the given text fields, each with its weight. */
	static SearchPredicate fields(SearchPredicateFactory f, String terms, BooleanOperator operator, float boost,
			List<String> searched) {
		var fields = f.simpleQueryString();
		var step = fields.field(searched.get(0)).boost(CatalogueSearchDefinition.FIELD_BOOSTS.get(searched.get(0)));
		for (String field : searched.subList(1, searched.size())) {
			step = step.field(field).boost(CatalogueSearchDefinition.FIELD_BOOSTS.get(field));
		}
		return step.matching(terms).defaultOperator(operator).flags(QUERY_FLAGS).boost(boost).toPredicate();
	}

	/**
	 * The query's words for highlighting, with the words of the concepts it means: what a
	 * snippet marks is what the search matched, synonyms included, and what ranked it.
	 */
	String highlighted(QueryText text, List<QueryMeanings.Meaning> meanings) {
		StringBuilder words = new StringBuilder(text.hasTerms() ? this.synonyms.expand(text.terms()) : "");
		meanings.stream()
			.filter((meaning) -> meaning.words() != null)
			.forEach((meaning) -> words.append(' ').append(meaning.words()));
		return words.toString();
	}

}
