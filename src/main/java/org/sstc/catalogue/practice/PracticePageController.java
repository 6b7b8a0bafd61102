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

	PracticePageController(PracticeCatalogue catalogue, CompendiumRepository compendia, SimilarPractices similar) {
		this.catalogue = catalogue;
		this.compendia = compendia;
		this.similar = similar;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("compendia", this.compendia.findAllByOrderByBienniumDesc());
		model.addAttribute("total", this.catalogue.count());
		model.addAttribute("regionCounts", this.catalogue.countsByRegion());
		model.addAttribute("themeCounts", this.catalogue.countsByTheme());
		return "practice/home";
	}

	@GetMapping("/practices/{slug}")
	String detail(@PathVariable String slug, Model model) {
		Practice practice = this.catalogue.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
		model.addAttribute("practice", practice);
		model.addAttribute("summary", PracticeInBrief.of(practice));
		model.addAttribute("similar", this.similar.similarTo(practice, SIMILAR_COUNT));
		return "practice/detail";
	}

}
