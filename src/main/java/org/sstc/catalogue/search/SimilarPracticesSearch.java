package org.sstc.catalogue.search;

import java.util.List;

import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.SimilarPractices;

import org.springframework.stereotype.Component;

@Component
class SimilarPracticesSearch implements SimilarPractices {

	private final PracticeSearch search;

	SimilarPracticesSearch(PracticeSearch search) {
		this.search = search;
	}

	@Override
	public List<Practice> similarTo(Practice practice, int count) {
		return this.search.similar(practice, count);
	}

}
