package org.sstc.catalogue.admin;

import org.sstc.catalogue.practice.PracticeContent;

/**
 * Someone saved the practice after this person started editing it: their save would
 * overwrite it.
 */
class EditConflictException extends RuntimeException {

	private final transient PracticeContent current;

	private final long currentVersion;

	EditConflictException(PracticeContent current, long currentVersion) {
		super("The practice changed since editing started");
		this.current = current;
		this.currentVersion = currentVersion;
	}

	PracticeContent current() {
		return this.current;
	}

	long currentVersion() {
		return this.currentVersion;
	}

}
