package org.sstc.catalogue.admin;

import org.sstc.catalogue.search.SearchIndexMaintenance;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rebuilding the search index from the staff area, for administrators only (the security
 * rule is on the path).
 */
@Controller
class SearchIndexController {

	private final SearchIndexMaintenance searchIndex;

	SearchIndexController(SearchIndexMaintenance searchIndex) {
		this.searchIndex = searchIndex;
	}

	@PostMapping("/admin/search/reindex")
	String reindex(RedirectAttributes redirect) {
		long count = this.searchIndex.reindex();
		redirect.addFlashAttribute("message", "admin.reindexed");
		redirect.addFlashAttribute("messageArgument", count);
		return "redirect:/admin";
	}

}
