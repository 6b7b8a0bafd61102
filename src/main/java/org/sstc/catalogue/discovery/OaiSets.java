package org.sstc.catalogue.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sstc.catalogue.practice.PracticeStamp;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;

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

	static boolean contains(String set, PracticeStamp practice) {
		return of(practice).stream().anyMatch((spec) -> spec.equals(set) || spec.startsWith(set + ":"));
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
