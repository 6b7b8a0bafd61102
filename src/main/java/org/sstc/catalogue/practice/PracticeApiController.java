package org.sstc.catalogue.practice;

import org.sstc.catalogue.system.PublicUrls;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/practices")
class PracticeApiController {

	private final PracticeCatalogue catalogue;

	private final PublicUrls urls;

	PracticeApiController(PracticeCatalogue catalogue, PublicUrls urls) {
		this.catalogue = catalogue;
		this.urls = urls;
	}

	@GetMapping("/{slug}")
	PracticeJson.Detail get(@PathVariable String slug) {
		Practice practice = this.catalogue.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
		return PracticeJson.Detail.of(practice, this.urls.to("/practices/{slug}", practice.getSlug()));
	}

}
