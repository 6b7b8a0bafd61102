package org.sstc.catalogue.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sstc.catalogue.practice.PracticeStamp;
import org.sstc.catalogue.practice.StampCriteria;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;

/**
 * The OAI-PMH sets: a practice is in the set of its region ({@code region:africa}), of
 * each of its themes ({@code theme:labour-migration}) and of its compendium
 * ({@code compendium:compendium-2022-2023}); each kind is also a set of its own
 * ({@code region}), holding every practice that has one.
 */
final class OaiSets {

	private OaiSets() {
	}

	static List<String> of(PracticeStamp practice) {
		List<String> sets = new ArrayList<>();
		sets.add("compendium:" + practice.compendiumCode());
		sets.add("region:" + practice.region().code());
		practice.themes().forEach((theme) -> sets.add("theme:" + theme.code()));
		return sets;
	}

	/**
	 * The practices of a set, as the database selects them: a kind alone holds every
	 * practice that has one (every practice has a compendium and a region), a set nobody
	 * has holds none.
	 */
	static StampCriteria criteria(String set) {
		if (set == null || set.equals("compendium") || set.equals("region")) {
			return StampCriteria.ALL;
		}
		if (set.equals("theme")) {
			return StampCriteria.ANY_THEME;
		}
		int colon = set.indexOf(':');
		String kind = (colon < 0) ? set : set.substring(0, colon);
		String value = set.substring(colon + 1);
		return switch (kind) {
			case "compendium" -> StampCriteria.ofCompendium(value);
			case "region" -> VocabularyTerm.find(Region.class, value)
				.filter((region) -> region.code().equals(value))
				.map(StampCriteria::ofRegion)
				.orElse(StampCriteria.NOTHING);
			case "theme" -> VocabularyTerm.find(Theme.class, value)
				.filter((theme) -> theme.code().equals(value))
				.map(StampCriteria::ofTheme)
				.orElse(StampCriteria.NOTHING);
			default -> StampCriteria.NOTHING;
		};
	}

	/** Every set, by its spec, with its name. */
	static Map<String, String> all(List<String> compendiumCodes) {
		Map<String, String> sets = new LinkedHashMap<>();
		sets.put("compendium", "Compendia");
		compendiumCodes.forEach((code) -> sets.put("compendium:" + code, "Compendium " + code));
		sets.put("region", "Regions");
		for (Region region : Region.values()) {
			sets.put("region:" + region.code(), "Region: " + region.label());
		}
		sets.put("theme", "Themes");
		for (Theme theme : Theme.values()) {
			sets.put("theme:" + theme.code(), "Theme: " + theme.label());
		}
		return sets;
	}

}
