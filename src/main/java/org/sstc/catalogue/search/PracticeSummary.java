package org.sstc.catalogue.search;

import java.time.Instant;
import java.util.List;

import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a result list shows of a practice. It is written into the practice's search
 * document and read back with each hit, so that a search reads nothing from the database:
 * the result list, the API and the facets come from the index alone.
 *
 * @param countries the countries of the practice and of its parts, each once
 */
public record PracticeSummary(long id, int number, String slug, String shortTitle, String title, Region region,
		boolean regionInferred, List<CountryRef> countries, List<Theme> themes, List<Modality> modalities,
		Instant updatedAt) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static PracticeSummary of(Practice practice) {
		return new PracticeSummary(practice.getId(), practice.getNumber(), practice.getSlug(), practice.getShortTitle(),
				practice.getTitle(), practice.getRegion(), practice.isRegionInferred(), practice.allCountries(),
				List.copyOf(practice.getThemes()), List.copyOf(practice.getModalities()), practice.getUpdatedAt());
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static PracticeSummary fromJson(String json) {
		return JSON.readValue(json, PracticeSummary.class);
	}

}
