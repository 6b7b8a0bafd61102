package org.sstc.catalogue.admin;

import java.util.Arrays;

/**
 * A repeatable row of the practice form (or a part of a practice); the form shows spare
 * empty rows, and a row left empty is ignored: its fields are checked only once someone
 * fills it in (the {@link Filled} group, which {@link FilledRowGroups} adds to the rows
 * that are not blank).
 */
interface FormRow {

	/** The checks of a row that someone filled in. */
	interface Filled {

	}

	boolean isBlank();

	static boolean allBlank(String... values) {
		return Arrays.stream(values).allMatch((value) -> value == null || value.isBlank());
	}

}
