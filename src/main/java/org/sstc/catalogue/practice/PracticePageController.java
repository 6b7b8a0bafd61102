package org.sstc.catalogue.practice;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PracticePageController {

	private static final int PAGE_SIZE = 30;

	private final PracticeCatalogue catalogue;

	private final CompendiumRepository compendia;

	PracticePageController(PracticeCatalogue catalogue, CompendiumRepository compendia) {
		this.catalogue = catalogue;
		this.compendia = compendia;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("compendia", this.compendia.findAllByOrderByBienniumDesc());
		model.addAttribute("total", this.catalogue.count());
		model.addAttribute("regionCounts", this.catalogue.countsByRegion());
		model.addAttribute("themeCounts", this.catalogue.countsByTheme());
		return "practice/home";
	}

	@GetMapping("/practices")
	String browse(@RequestParam(required = false) String region, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String country, @RequestParam(required = false) Integer page,
			Model model) {
		PracticeFilter filter = PracticeFilter.parse(region, theme, country);
		model.addAttribute("filter", filter);
		model.addAttribute("results", this.catalogue.list(filter, PageRequestParameters.parse(page, null, PAGE_SIZE)));
		model.addAttribute("regionCounts", this.catalogue.countsByRegion());
		model.addAttribute("themeCounts", this.catalogue.countsByTheme());
		model.addAttribute("regions", List.of(Region.values()));
		model.addAttribute("themes", List.of(Theme.values()));
		return "practice/list";
	}

	@GetMapping("/practices/{slug}")
	String detail(@PathVariable String slug, Model model) {
		Practice practice = this.catalogue.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
		model.addAttribute("practice", practice);
		return "practice/detail";
	}

}
