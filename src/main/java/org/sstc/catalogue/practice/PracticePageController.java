package org.sstc.catalogue.practice;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;

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

	private final FormerSlugs formerSlugs;

	PracticePageController(PracticeCatalogue catalogue, CompendiumRepository compendia, SimilarPractices similar,
			CatalogueOverview overview, FormerSlugs formerSlugs) {
		this.formerSlugs = formerSlugs;
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
	String detail(@PathVariable String slug, Model model, HttpServletRequest request) {
		Optional<Practice> found = this.catalogue.find(slug);
		if (found.isEmpty()) {
			// an address from before staff changed the slug: links and citations of it
			// lead to the practice
			String current = this.formerSlugs.currentSlug(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:/practices/" + current;
		}
		Practice practice = found.get();
		model.addAttribute("practice", practice);
		model.addAttribute("summary", PracticeInBrief.of(practice));
		model.addAttribute("similar", this.similar.similarTo(practice, SIMILAR_COUNT));
		model.addAttribute("narrative", PracticeBody.NARRATIVE);
		return "practice/detail";
	}

}
