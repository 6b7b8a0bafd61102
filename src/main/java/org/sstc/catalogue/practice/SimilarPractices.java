package org.sstc.catalogue.practice;

import java.util.List;

/** Finds the published practices closest to a practice; the search feature provides it. */
public interface SimilarPractices {

	List<Practice> similarTo(Practice practice, int count);

}
