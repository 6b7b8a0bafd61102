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

	/** The practices that have at least one theme. */
	public static final StampCriteria ANY_THEME = new StampCriteria(null, null, null, null, null, true, false);

	public static StampCriteria ofCompendium(String code) {
		return new StampCriteria(null, null, code, null, null, false, false);
	}

	public static StampCriteria ofRegion(Region region) {
		return new StampCriteria(null, null, null, region, null, false, false);
	}

	public static StampCriteria ofTheme(Theme theme) {
		return new StampCriteria(null, null, null, null, theme, false, false);
	}

	/** These practices, changed from {@code from} to just before {@code before}. */
	public StampCriteria changed(Instant from, Instant before) {
		return new StampCriteria(from, before, this.compendiumCode, this.region, this.theme, this.anyTheme, this.none);
	}

}
