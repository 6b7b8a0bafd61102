package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.search.SearchPredicates.Matching;

import org.springframework.stereotype.Component;

/**
 * What a search that found nothing can offer instead: the practices nearest to the words
 * (a fuzzy match, which forgives typos the spelling correction did not catch), and the
 * filters whose removal would bring results back.
 */
@Component
class NoResultHelp {

	private static final int NEAREST = 3;

	private final SearchPredicates predicates;

	private final FacetLabels labels;

	NoResultHelp(SearchPredicates predicates, FacetLabels labels) {
		this.predicates = predicates;
		this.labels = labels;
	}

	SearchResults.Help find(SearchSession session, QueryText text, SearchQuery query) {
		List<SearchResults.Hit> nearest = text.hasTerms() ? nearest(session, text) : List.of();
		return new SearchResults.Help(nearest, relaxations(session, text, query));
	}

	private List<SearchResults.Hit> nearest(SearchSession session, QueryText text) {
		String words = String.join(" ", Stream
			.concat(text.words().stream(), text.terms().stream().map((term) -> term.replace("\"", "").replace("*", "")))
			.distinct()
			.toList());
		List<String> nearest = nearest(session, words, false);
		if (nearest.isEmpty()) {
			// no practice has any of the words as written: those with words a typo or two
			// away. Only then, since a fuzzy term's automaton costs far more to build and
			// run than the words themselves.
			nearest = nearest(session, words, true);
		}
		return nearest.stream()
			.map((summary) -> new SearchResults.Hit(PracticeSummary.fromJson(summary), Float.NaN, Map.of(), null,
					false))
			.toList();
	}

	/**
	 * The summaries of the practices with the most of the words, in one field holding
	 * every word of the practice (a fuzzy term's automaton is built once, not per field).
	 */
	private List<String> nearest(SearchSession session, String words, boolean fuzzy) {
		return session.search(Practice.class)
			.select((f) -> f.field(PracticeFields.SUMMARY, String.class))
			.where((f) -> f.bool()
				.filter(this.predicates.published(f))
				.must(fuzzy ? f.match().field(PracticeFields.SPELLING).matching(words).fuzzy(2)
						: f.match().field(PracticeFields.SPELLING).matching(words)))
			// equally near: in the catalogue's order, on any index
			.sort((f) -> f.score().then().field(PracticeFields.NUMBER))
			.fetchHits(NEAREST);
	}

	private List<SearchResults.Relaxation> relaxations(SearchSession session, QueryText text, SearchQuery query) {
		List<SearchResults.Relaxation> relaxations = new ArrayList<>();
		query.filters().forEach((facetName, values) -> {
			FacetDefinition facet = CatalogueSearchDefinition.facet(facetName).orElseThrow();
			for (String value : values) {
				SearchQuery relaxed = query.withoutFilter(facetName, value);
				SearchScope<Practice> scope = session.scope(Practice.class);
				long count = session.search(scope)
					.select((f) -> f.id())
					.where(this.predicates.matching(scope.predicate(), text, relaxed, Matching.ANY, Set.of()))
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
