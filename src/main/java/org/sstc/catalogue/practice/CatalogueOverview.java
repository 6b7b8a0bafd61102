package org.sstc.catalogue.practice;

import java.util.Map;
import java.util.Optional;

/** How many published practices there are, by region and by theme; the search feature counts them. */
public interface CatalogueOverview {

	/** The counts, or nothing while the search index cannot give them. */
	Optional<Counts> counts();

	/** The counts the home page shows; every region and theme is there, with zero where none has it. */
	record Counts(long total, Map<Region, Long> byRegion, Map<Theme, Long> byTheme) {
	}

}
