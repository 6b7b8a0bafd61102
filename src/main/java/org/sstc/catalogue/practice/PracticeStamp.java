package org.sstc.catalogue.practice;

import java.time.Instant;
import java.util.List;

/**
 * A practice's identity, status, last change and sets, without its text: what harvesting
 * lists are cut from.
 */
public record PracticeStamp(long id, String compendiumCode, int number, PracticeStatus status, Instant updatedAt,
		Region region, List<Theme> themes) {

	public boolean published() {
		return this.status == PracticeStatus.PUBLISHED;
	}

}
