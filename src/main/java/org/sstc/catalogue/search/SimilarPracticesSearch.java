package org.sstc.catalogue.search;

import java.util.List;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.SimilarPractices;

import org.springframework.stereotype.Component;

/**
 * The practices closest to one: shared themes count most, then organisations, countries,
 * title words and region.
 */
@Component
class SimilarPracticesSearch implements SimilarPractices {

	private final IndexSearches searches;

	private final SearchPredicates predicates;

	SimilarPracticesSearch(IndexSearches searches, SearchPredicates predicates) {
		this.searches = searches;
		this.predicates = predicates;
	}

	@Override
	public List<Similar> similarTo(Practice practice, int count) {
		try {
			return search(practice, count);
		}
		catch (SearchUnavailableException ex) {
			return List.of();
		}
	}

	private List<Similar> search(Practice practice, int count) {
		QueryText titleWords = QueryText.parse(practice.getShortTitle() + " " + practice.getTitle());
		return this.searches.runIfFree((session) -> session.search(Practice.class)
			.select((f) -> f.field(PracticeFields.SUMMARY, String.class))
			.where((f) -> {
				var bool = f.bool().filter(this.predicates.published(f)).mustNot(f.id().matching(practice.getId()));
				practice.getThemes()
					.forEach((theme) -> bool
						.should(f.match().field(PracticeFields.THEME_CODE).matching(theme.code()).boost(3f)));
				practice.allCountries()
					.forEach((country) -> bool
						.should(f.match().field(PracticeFields.COUNTRY_CODE).matching(country.code()).boost(1f)));
				practice.allOrganisations()
					.forEach((org) -> bool
						.should(f.match().field(PracticeFields.ORGANISATION_KEY).matching(org.key()).boost(1.5f)));
				if (titleWords.hasTerms()) {
					bool.should(
							SearchPredicates.fields(f, String.join(" ", titleWords.words()), BooleanOperator.OR, 0.5f));
				}
				bool.should(
						f.match().field(PracticeFields.REGION_CODE).matching(practice.getRegion().code()).boost(0.5f));
				return bool;
			})
			.fetchHits(count)
			.stream()
			.map(PracticeSummary::fromJson)
			.map((summary) -> new Similar(summary.slug(), summary.shortTitle(), summary.region()))
			.toList());
	}

}
