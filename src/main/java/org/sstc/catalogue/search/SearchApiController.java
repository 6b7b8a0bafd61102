package org.sstc.catalogue.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sstc.catalogue.practice.PracticeJson;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search as JSON: the same parameters as the search page, the items in the same
 * order.
 */
@RestController
class SearchApiController {

	private static final int SUGGESTIONS = 8;

	private final PracticeSearch search;

	private final PracticeSuggestions suggestions;

	SearchApiController(PracticeSearch search, PracticeSuggestions suggestions) {
		this.search = search;
		this.suggestions = suggestions;
	}

	record Item(int number, String slug, String title, String shortTitle, String region, String regionCode,
			boolean regionInferred, List<PracticeJson.Country> countries, List<PracticeJson.Term> themes,
			List<PracticeJson.Term> modalities, Float score, Map<String, String> highlights, String snippetField,
			boolean partial, List<String> otherWords, String nearestPassage) {

		static Item of(SearchResults.Hit hit) {
			PracticeSummary practice = hit.practice();
			return new Item(practice.number(), practice.slug(), practice.title(), practice.shortTitle(),
					practice.region().label(), practice.region().code(), practice.regionInferred(),
					PracticeJson.Country.of(practice.countries()), PracticeJson.Term.of(practice.themes()),
					PracticeJson.Term.of(practice.modalities()), Float.isNaN(hit.score()) ? null : hit.score(),
					hit.highlights(), hit.snippetField(), hit.partial(), hit.otherWords(), hit.nearestPassage());
		}

	}

	/**
	 * @param facetGroups the grouped facets' groups (countries under their region): each
	 * group's count is of the practices with any of its values
	 * @param suggestion the text searched instead of the query's: its spelling corrected,
	 * or what it means when {@code byMeaning}
	 * @param byMeaning whether no practice contains any of the query's words, and the
	 * items are the practices of what they mean ({@code suggestion})
	 * @param meanings the concepts of the vocabulary the query means, which also rank the
	 * items
	 */
	record Page(long total, long fewer, int page, int size, String sort, List<Item> items,
			Map<String, List<SearchResults.FacetValue>> facets, Map<String, List<Group>> facetGroups, String suggestion,
			boolean byMeaning, List<String> meanings, List<Item> nearest) {
	}

	/** A group of a facet's values, its values given by their codes. */
	record Group(String value, String label, long count, List<String> values) {
	}

	@GetMapping("/api/practices")
	Page search(@RequestParam MultiValueMap<String, String> parameters) {
		SearchQuery query = SearchQuery.from(parameters, CatalogueSearchDefinition.DEFAULT_PAGE_SIZE);
		SearchResults.Page results = this.search.search(query);
		Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
		Map<String, List<Group>> groups = new LinkedHashMap<>();
		results.facets().forEach((facet) -> facets.put(facet.definition().name(), facet.values()));
		results.facets()
			.stream()
			.filter(SearchResults.Facet::grouped)
			.forEach((facet) -> groups.put(facet.definition().name(),
					facet.groups()
						.stream()
						.map((group) -> new Group(group.value(),
								CatalogueSearchDefinition.grouping(facet.definition().name())
									.orElseThrow()
									.groupLabel()
									.apply(group.value()),
								group.count(), group.values().stream().map(SearchResults.FacetValue::value).toList()))
						.toList()));
		return new Page(results.total(), results.fewer(), query.page(), query.size(), query.effectiveSort().code(),
				results.hits().stream().map(Item::of).toList(), facets, groups, results.searched(), results.byMeaning(),
				results.meanings().stream().map(QueryMeanings.Meaning::label).toList(),
				results.nearest().stream().map(Item::of).toList());
	}

	@GetMapping("/api/suggest")
	List<PracticeSuggestions.Suggestion> suggest(@RequestParam(name = "q", required = false) String typed,
			Locale locale) {
		return this.suggestions.suggest(typed, SUGGESTIONS, locale);
	}

}
