package org.sstc.catalogue.practice;

import java.util.EnumMap;
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

	public Map<Region, Long> countsByRegion() {
		Map<Region, Long> counts = new EnumMap<>(Region.class);
		for (Region region : Region.values()) {
			counts.put(region, 0L);
		}
		published().forEach((practice) -> counts.merge(practice.getRegion(), 1L, Long::sum));
		return counts;
	}

	public Map<Theme, Long> countsByTheme() {
		Map<Theme, Long> counts = new EnumMap<>(Theme.class);
		for (Theme theme : Theme.values()) {
			counts.put(theme, 0L);
		}
		published().forEach((practice) -> practice.getThemes().forEach((theme) -> counts.merge(theme, 1L, Long::sum)));
		return counts;
	}

	private List<Practice> published() {
		return this.practices.findByStatusOrderByNumber(PracticeStatus.PUBLISHED);
	}

}
