package org.sstc.catalogue.discovery;

import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.practice.PracticeNotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A practice's citation as a file for a reference manager, at a stable address beside its
 * page.
 */
@RestController
class CitationController {

	static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	static final MediaType RIS = MediaType.parseMediaType("application/x-research-info-systems;charset=UTF-8");

	private final PracticeCatalogue catalogue;

	private final PracticeLinks links;

	CitationController(PracticeCatalogue catalogue, PracticeLinks links) {
		this.catalogue = catalogue;
		this.links = links;
	}

	@GetMapping("/practices/{slug}/citation.bib")
	ResponseEntity<String> bibtex(@PathVariable String slug) {
		CitedPractice practice = cited(slug);
		return file(BIBTEX, practice.key() + ".bib", CitationFormat.BIBTEX.toString(practice));
	}

	@GetMapping("/practices/{slug}/citation.ris")
	ResponseEntity<String> ris(@PathVariable String slug) {
		CitedPractice practice = cited(slug);
		return file(RIS, practice.key() + ".ris", CitationFormat.RIS.toString(practice));
	}

	private CitedPractice cited(String slug) {
		Practice practice = this.catalogue.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
		return CitedPractice.of(practice, this.links);
	}

	static ResponseEntity<String> file(MediaType type, String filename, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
