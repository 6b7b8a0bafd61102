package org.sstc.catalogue.practice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/practices")
class PracticeApiController {

	private static final int DEFAULT_SIZE = 20;

	private final PracticeCatalogue catalogue;

	PracticeApiController(PracticeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	PracticeJson.ListPage list(@RequestParam(required = false) String region,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String country,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PracticeFilter filter = PracticeFilter.parse(region, theme, country);
		return PracticeJson.ListPage
			.of(this.catalogue.list(filter, PageRequestParameters.parse(page, size, DEFAULT_SIZE)));
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
