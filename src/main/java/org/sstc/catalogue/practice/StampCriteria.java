package org.sstc.catalogue.practice;

import java.time.Instant;

/**
 * Which practices a harvester asks for, as the database can select them: changed from
 * {@code from} (inclusive) to {@code before} (exclusive), of a compendium, a region, a
 * theme, or with any theme; a null bound or value does not restrict. {@link #NOTHING}
 * matches no practice (a set nobody has).
 */
public record StampCriteria(Instant from, Instant before, String compendiumCode, Region region, Theme theme,
		boolean anyTheme, boolean none) {

	public static final StampCriteria ALL = new StampCriteria(null, null, null, null, null, false, false);

	public static final StampCriteria NOTHING = new StampCriteria(null, null, null, null, null, false, true);

	public StampCriteria changed(Instant from, Instant before) {
		return new StampCriteria(from, before, this.compendiumCode, this.region, this.theme, this.anyTheme, this.none);
	}

}
