package org.sstc.catalogue.admin;

import java.util.List;

/**
 * The bulk export's {@code manifest.yml}: which catalogue state each practice's file was
 * taken from, so that an import can tell a practice changed here since the export (a
 * conflict) from one changed only in the file.
 *
 * @param format the format of the zip, {@value #FORMAT}
 * @param exportedAt when the export was made (ISO-8601)
 * @param practices one entry per practice file
 */
record ExportManifest(String format, String exportedAt, List<Entry> practices) {

	static final String FORMAT = "sstc-catalogue-export/1";

	static final String FILE = "manifest.yml";

	ExportManifest {
		practices = (practices != null) ? List.copyOf(practices) : List.of();
	}

	/**
	 * A practice's file and the version of the practice it was written from; no version
	 * for a file added by hand.
	 */
	record Entry(String file, Long version) {
	}

}
