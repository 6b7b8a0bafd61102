package org.sstc.catalogue.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.sstc.catalogue.practice.CatalogueOverview;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;

import org.springframework.stereotype.Component;

/** The home page's counts, from one query on the index: its total and two facets. */
@Component
class CatalogueOverviewSearch implements CatalogueOverview {

	private final IndexSearches searches;

	private final SearchPredicates predicates;

	CatalogueOverviewSearch(IndexSearches searches, SearchPredicates predicates) {
		this.searches = searches;
		this.predicates = predicates;
	}

	@Override
	public Optional<Counts> counts() {
		try {
			return Optional.of(countFromIndex());
		}
		catch (SearchUnavailableException ex) {
			return Optional.empty();
		}
	}

	private Counts countFromIndex() {
		AggregationKey<Map<String, Long>> regions = AggregationKey.of("region");
		AggregationKey<Map<String, Long>> themes = AggregationKey.of("theme");
		SearchResult<Object> result = this.searches.runIfFree((session) -> session.search(Practice.class)
			.select((f) -> f.id())
			.where((f) -> f.bool().filter(this.predicates.published(f)))
			.aggregation(regions, (f) -> f.terms().field(PracticeFields.REGION_CODE, String.class))
			.aggregation(themes, (f) -> f.terms().field(PracticeFields.THEME_CODE, String.class).maxTermCount(100))
			.fetch(0));
		return new Counts(result.total().hitCount(), counts(Region.class, result.aggregation(regions)),
				counts(Theme.class, result.aggregation(themes)));
	}

	private static <T extends Enum<T> & VocabularyTerm> Map<T, Long> counts(Class<T> type, Map<String, Long> byCode) {
		Map<T, Long> counts = new EnumMap<>(type);
		for (T term : type.getEnumConstants()) {
			counts.put(term, byCode.getOrDefault(term.code(), 0L));
		}
		return counts;
	}

}
