package org.sstc.catalogue.practice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/practices")
class PracticeApiController {

	private final PracticeCatalogue catalogue;

	PracticeApiController(PracticeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/{slug}")
	PracticeJson.Detail get(@PathVariable String slug) {
		Practice practice = this.catalogue.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/practices/{slug}")
			.buildAndExpand(slug)
			.toUriString();
		return PracticeJson.Detail.of(practice, url);
	}

}
