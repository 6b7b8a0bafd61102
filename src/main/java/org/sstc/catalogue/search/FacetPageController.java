package org.sstc.catalogue.search;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.sstc.catalogue.practice.DisplayNames;

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
			@RequestParam(name = "facet.q", required = false) String find, Model model, Locale locale) {
		FacetDefinition definition = CatalogueSearchDefinition.facet(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SearchQuery query = SearchQuery.from(parameters, CatalogueSearchDefinition.DEFAULT_PAGE_SIZE);
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
		model.addAttribute("query", query);
		model.addAttribute("definition", definition);
		model.addAttribute("values", found);
		model.addAttribute("allValues", values.size());
		model.addAttribute("find", (find != null) ? find.strip() : "");
		// chosen values the box hides stay chosen when the ticks are applied
		model.addAttribute("hiddenSelected",
				values.stream().filter((value) -> value.selected() && !found.contains(value)).toList());
		model.addAttribute("total", results.total());
		model.addAttribute("byCount", byCount);
		return "search/facet";
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
