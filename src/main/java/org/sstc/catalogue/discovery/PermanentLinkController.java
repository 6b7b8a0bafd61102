package org.sstc.catalogue.discovery;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.practice.PracticeNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Permanent links, {@code /gp/{compendium code}/{number}}: the compendium's own
 * numbering, which outlives any change of a practice's slug, leads to the practice's
 * current page. Feeds, citations and harvesters identify practices by these.
 */
@RestController
class PermanentLinkController {

	private final PracticeCatalogue catalogue;

	PermanentLinkController(PracticeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/gp/{compendium}/{number}")
	ResponseEntity<Void> practice(@PathVariable String compendium, @PathVariable int number,
			HttpServletRequest request) {
		Practice practice = this.catalogue.find(compendium, number)
			.orElseThrow(() -> new PracticeNotFoundException(compendium + "/" + number));
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(request.getContextPath() + "/practices/" + practice.getSlug()))
			.build();
	}

}
