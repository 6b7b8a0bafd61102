package org.sstc.catalogue.practice;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published practices, as the public pages and the JSON API see them. */
@Service
@Transactional(readOnly = true)
public class PracticeCatalogue {

	private final PracticeRepository practices;

	PracticeCatalogue(PracticeRepository practices) {
		this.practices = practices;
	}

	public Optional<Practice> find(String slug) {
		return this.practices.findBySlugAndStatus(slug, PracticeStatus.PUBLISHED);
	}

	public long count() {
		return published().size();
	}

	/** Practices per region, in the order of the search page's region filter: most practices first. */
	public Map<Region, Long> countsByRegion() {
		Map<Region, Long> counts = new EnumMap<>(Region.class);
		for (Region region : Region.values()) {
			counts.put(region, 0L);
		}
		published().forEach((practice) -> counts.merge(practice.getRegion(), 1L, Long::sum));
		return inFacetOrder(counts);
	}

	/** Practices per theme, in the order of the search page's theme filter: most practices first. */
	public Map<Theme, Long> countsByTheme() {
		Map<Theme, Long> counts = new EnumMap<>(Theme.class);
		for (Theme theme : Theme.values()) {
			counts.put(theme, 0L);
		}
		published().forEach((practice) -> practice.getThemes().forEach((theme) -> counts.merge(theme, 1L, Long::sum)));
		return inFacetOrder(counts);
	}

	/**
	 * The search page's facets (and the JSON API's) list values by count, then by English label: the home page lists
	 * regions and themes the same way, so that a reader meets them in one order everywhere.
	 */
	private static <T extends VocabularyTerm> Map<T, Long> inFacetOrder(Map<T, Long> counts) {
		Map<T, Long> ordered = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Comparator.comparing(Map.Entry<T, Long>::getValue)
				.reversed()
				.thenComparing((entry) -> entry.getKey().label()))
			.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	private List<Practice> published() {
		return this.practices.findByStatusOrderByNumber(PracticeStatus.PUBLISHED);
	}

}
