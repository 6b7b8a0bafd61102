package org.sstc.catalogue.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, which is also the browse page: an empty query lists every practice.
 */
@Controller
class SearchPageController {

	private final PracticeSearch search;

	SearchPageController(PracticeSearch search) {
		this.search = search;
	}

	@GetMapping("/practices")
	String search(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		// 30 a page: the compendium's 30 practices on one page (the JSON API keeps its
		// default of 20)
		SearchQuery query = SearchQuery.from(parameters, 30);
		model.addAttribute("query", query);
		model.addAttribute("results", this.search.search(query));
		model.addAttribute("facets", CatalogueSearchDefinition.FACETS);
		model.addAttribute("sorts", SortOrder.values());
		model.addAttribute("sections", CatalogueSearchDefinition.SECTIONS.keySet());
		return "search/results";
	}

}
