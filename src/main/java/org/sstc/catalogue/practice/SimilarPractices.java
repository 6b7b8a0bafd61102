package org.sstc.catalogue.practice;

import java.util.List;

/**
 * Finds the published practices closest to a practice; the search feature provides it.
 */
public interface SimilarPractices {

	/** The closest practices, or none while the search index cannot tell. */
	List<Similar> similarTo(Practice practice, int count);

	/** A practice close to another, as the detail page links to it. */
	record Similar(String slug, String shortTitle, Region region) {
	}

}
