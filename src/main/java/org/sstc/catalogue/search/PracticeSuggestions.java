package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.sstc.catalogue.practice.Practice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Autocompletion for the search box: titles, themes, countries and organisations that
 * start with what a person is typing; themes are named in the interface language and
 * found by their English name too.
 */
@Service
public class PracticeSuggestions {

	private static final int MAX_FACET_VALUES = 1000;

	private final IndexSearches searches;

	private final SearchPredicates predicates;

	private final FacetLabels labels;

	private final MessageSource messages;

	PracticeSuggestions(IndexSearches searches, SearchPredicates predicates, FacetLabels labels,
			MessageSource messages) {
		this.searches = searches;
		this.predicates = predicates;
		this.labels = labels;
		this.messages = messages;
	}

	/** One autocompletion: a practice to open, or a facet value to filter on. */
	public record Suggestion(String kind, String label, String url) {
	}

	public List<Suggestion> suggest(String typed, int count, Locale locale) {
		String prefix = TextFolding.fold(typed == null ? "" : typed.strip());
		if (prefix.length() < 2 || prefix.length() > 100) {
			return List.of();
		}
		return this.searches.run((session) -> {
			List<Suggestion> suggestions = new ArrayList<>();
			session.search(Practice.class)
				.select((f) -> f.field(PracticeFields.SUMMARY, String.class))
				.where((f) -> f.bool()
					.filter(this.predicates.published(f))
					.must(f.simpleQueryString()
						.field(PracticeFields.TITLE_AUTOCOMPLETE)
						.matching(prefix.replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
						.defaultOperator(BooleanOperator.AND)
						.flags(SimpleQueryFlag.WHITESPACE)))
				.sort((f) -> f.score().then().field(PracticeFields.NUMBER))
				.fetchHits(count)
				.stream()
				.map(PracticeSummary::fromJson)
				.forEach((practice) -> suggestions
					.add(new Suggestion("practice", practice.shortTitle(), "/practices/" + practice.slug())));

			AggregationKey<Map<String, Long>> themes = AggregationKey.of("theme");
			AggregationKey<Map<String, Long>> countries = AggregationKey.of("country");
			AggregationKey<Map<String, Long>> organisations = AggregationKey.of("organisation");
			SearchResult<Object> values = session.search(Practice.class)
				.select((f) -> f.id())
				.where((f) -> f.bool().filter(this.predicates.published(f)))
				.aggregation(themes, (f) -> f.terms().field(PracticeFields.THEME_CODE, String.class).maxTermCount(100))
				.aggregation(countries,
						(f) -> f.terms()
							.field(PracticeFields.COUNTRY_CODE, String.class)
							.maxTermCount(MAX_FACET_VALUES))
				.aggregation(organisations,
						(f) -> f.terms()
							.field(PracticeFields.ORGANISATION_KEY, String.class)
							.maxTermCount(MAX_FACET_VALUES))
				.fetch(0);
			addValueSuggestions(suggestions, "theme", values.aggregation(themes), prefix, locale);
			addValueSuggestions(suggestions, "country", values.aggregation(countries), prefix, locale);
			addValueSuggestions(suggestions, "organisation", values.aggregation(organisations), prefix, locale);
			return suggestions.stream().limit(count).toList();
		});
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
			.filter((names) -> startsAWord(TextFolding.fold(names[2]), prefix)
					|| startsAWord(TextFolding.fold(names[1]), prefix) || TextFolding.fold(names[0]).startsWith(prefix))
			.sorted(Comparator.comparing((String[] names) -> names[2]))
			.forEach((names) -> suggestions.add(new Suggestion(facet, names[2],
					SearchQuery.empty(CatalogueSearchDefinition.DEFAULT_PAGE_SIZE).withFilter(facet, names[0]).url())));
	}

	private static boolean startsAWord(String text, String prefix) {
		return text.startsWith(prefix) || text.contains(" " + prefix);
	}

}
