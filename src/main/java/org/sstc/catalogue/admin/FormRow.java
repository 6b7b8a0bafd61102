package org.sstc.catalogue.admin;

import java.util.Arrays;

/** A repeatable row of the practice form; the form shows spare empty rows, and a row left empty is ignored. */
interface FormRow {

	boolean isBlank();

	static boolean allBlank(String... values) {
		return Arrays.stream(values).allMatch((value) -> value == null || value.isBlank());
	}

}
