package org.sstc.catalogue.practice;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many published practices there are, by region and by theme; the search feature
 * counts them.
 */
public interface CatalogueOverview {

	/** The counts, or nothing while the search index cannot give them. */
	Optional<Counts> counts();

	/**
	 * The counts the home page shows; every region and theme is there, with zero where
	 * none has it. They are listed by count, then by English label, as the search page's
	 * facets and the JSON API list them, so that a reader meets them in one order
	 * everywhere.
	 */
	record Counts(long total, Map<Region, Long> byRegion, Map<Theme, Long> byTheme) {

		public Counts {
			byRegion = inFacetOrder(byRegion);
			byTheme = inFacetOrder(byTheme);
		}

		private static <T extends VocabularyTerm> Map<T, Long> inFacetOrder(Map<T, Long> counts) {
			Map<T, Long> ordered = new LinkedHashMap<>();
			counts.entrySet()
				.stream()
				.sorted(Comparator.comparing(Map.Entry<T, Long>::getValue)
					.reversed()
					.thenComparing((entry) -> entry.getKey().label()))
				.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
			return Collections.unmodifiableMap(ordered);
		}

	}

}
