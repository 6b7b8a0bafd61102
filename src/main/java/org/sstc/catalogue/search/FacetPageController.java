package org.sstc.catalogue.search;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.sstc.catalogue.practice.DisplayNames;
import org.sstc.catalogue.system.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * All the values of one facet for a search, on a page of their own (Blacklight's "more"
 * page): where a facet has too many values to open in the filters (136 countries), its
 * "More" link leads here, with the search's state in the address. The values are ticked
 * and applied together, A to Z by the name shown or by count.
 */
@Controller
class FacetPageController {

	/**
	 * The {@code facet.sort} value that orders by count; anything else orders by name, as
	 * Blacklight's "index".
	 */
	static final String BY_COUNT = "count";

	private final PracticeSearch search;

	private final DisplayNames names;

	private final MessageSource messages;

	FacetPageController(PracticeSearch search, DisplayNames names, MessageSource messages) {
		this.search = search;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping("/practices/facets/{name}")
	String facet(@PathVariable String name, @RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(name = "facet.sort", required = false) String order,
			@RequestParam(name = "facet.q", required = false) String find,
			@RequestParam(name = "facet.group", required = false) String group, Model model, Locale locale) {
		FacetDefinition definition = CatalogueSearchDefinition.facet(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SearchQuery query = SearchQuery.from(parameters, CatalogueSearchDefinition.DEFAULT_PAGE_SIZE);
		// any of the facet's groups, found or not: a bookmarked group that the filters or
		// the collection leave empty is an empty list, not a refusal
		CatalogueSearchDefinition.grouping(name)
			.filter((grouping) -> group != null && !grouping.groups().contains(group))
			.ifPresent((grouping) -> {
				throw new InvalidParameterException("facet.group", group,
						"a group of this facet's values, such as " + grouping.groups().get(0));
			});
		// the counts are all this page needs: one hit is the least a search fetches
		SearchResults.Page results = this.search.search(query.withPage(1, 1));
		SearchResults.Facet facet = results.facets()
			.stream()
			.filter((each) -> each.definition().name().equals(name))
			.findFirst()
			.orElseThrow();
		boolean byCount = BY_COUNT.equals(order);
		List<SearchResults.FacetValue> values = byCount ? facet.values()
				: facet.values().stream().sorted(byName(definition, locale)).toList();
		String wanted = (find != null) ? TextFolding.fold(find.strip()) : "";
		List<SearchResults.FacetValue> found = wanted.isEmpty() ? values
				: values.stream()
					.filter((value) -> startsAWord(TextFolding.fold(shownName(definition, value, locale)), wanted))
					.toList();
		List<ValuesOfGroup> groups = facet.grouped() ? groups(facet, found, group) : null;
		model.addAttribute("query", query);
		model.addAttribute("definition", definition);
		List<SearchResults.FacetValue> shown = (groups != null)
				? groups.stream().flatMap((each) -> each.values().stream()).toList() : found;
		model.addAttribute("values", shown);
		model.addAttribute("groups", groups);
		model.addAttribute("group", (group != null && groups != null) ? group : null);
		model.addAttribute("allValues", values.size());
		model.addAttribute("find", (find != null) ? find.strip() : "");
		// chosen values the box hides stay chosen when the ticks are applied
		model.addAttribute("hiddenSelected",
				values.stream().filter((value) -> value.selected() && !shown.contains(value)).toList());
		model.addAttribute("total", results.total());
		model.addAttribute("byCount", byCount);
		return "search/facet";
	}

	/**
	 * The values under a heading per group, in the order asked for; those of no group
	 * last, under "elsewhere".
	 * @param only the one group to show ({@code facet.group}), or null for all
	 */
	private static List<ValuesOfGroup> groups(SearchResults.Facet facet, List<SearchResults.FacetValue> values,
			String only) {
		List<ValuesOfGroup> groups = new java.util.ArrayList<>();
		for (SearchResults.FacetGroup group : facet.groups()) {
			if (only == null || group.value().equals(only)) {
				groups.add(new ValuesOfGroup(group.value(), group.labelKey(), group.count(),
						values.stream().filter(group.values()::contains).toList()));
			}
		}
		List<SearchResults.FacetValue> elsewhere = facet.ungrouped();
		if (only == null && !elsewhere.isEmpty()) {
			groups.add(new ValuesOfGroup(null, "search.facet.elsewhere", -1,
					values.stream().filter(elsewhere::contains).toList()));
		}
		return groups.stream().filter((group) -> !group.values().isEmpty()).toList();
	}

	/** A heading of the facet page and its values; a count of -1 is not shown. */
	record ValuesOfGroup(String value, String labelKey, long count, List<SearchResults.FacetValue> values) {
	}

	/**
	 * Where one of the name's words starts with what was typed ("zam" finds Zambia, not
	 * Mozambique), as the script does.
	 */
	private static boolean startsAWord(String name, String wanted) {
		return name.startsWith(wanted) || name.contains(" " + wanted) || name.contains("(" + wanted);
	}

	private Comparator<SearchResults.FacetValue> byName(FacetDefinition definition, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return Comparator.comparing((SearchResults.FacetValue value) -> shownName(definition, value, locale), collator);
	}

	private String shownName(FacetDefinition definition, SearchResults.FacetValue value, Locale locale) {
		if (definition.valueMessagePrefix() != null) {
			return this.messages.getMessage(definition.valueMessagePrefix() + value.value(), null, value.label(),
					locale);
		}
		return this.names.facetValue(definition.name(), value.value(), value.label()).text();
	}

}
