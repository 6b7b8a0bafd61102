package org.sstc.catalogue.practice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PracticePageController {

	private static final int SIMILAR_COUNT = 4;

	private final PracticeCatalogue catalogue;

	private final CompendiumRepository compendia;

	private final SimilarPractices similar;

	private final CatalogueOverview overview;

	PracticePageController(PracticeCatalogue catalogue, CompendiumRepository compendia, SimilarPractices similar,
			CatalogueOverview overview) {
		this.catalogue = catalogue;
		this.compendia = compendia;
		this.similar = similar;
		this.overview = overview;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("compendia", this.compendia.findAllByOrderByBienniumDesc());
		CatalogueOverview.Counts counts = this.overview.counts().orElseGet(this.catalogue::counts);
		model.addAttribute("total", counts.total());
		model.addAttribute("regionCounts", counts.byRegion());
		model.addAttribute("themeCounts", counts.byTheme());
		return "practice/home";
	}

	@GetMapping("/practices/{slug}")
	String detail(@PathVariable String slug, Model model) {
		Practice practice = this.catalogue.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
		model.addAttribute("practice", practice);
		model.addAttribute("summary", PracticeInBrief.of(practice));
		model.addAttribute("similar", this.similar.similarTo(practice, SIMILAR_COUNT));
		model.addAttribute("narrative", PracticeBody.NARRATIVE);
		return "practice/detail";
	}

}
