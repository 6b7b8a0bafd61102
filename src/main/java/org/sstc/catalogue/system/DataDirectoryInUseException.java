package org.sstc.catalogue.system;

import java.nio.file.Path;

/**
 * Another run of the catalogue uses this data folder (its embedded PostgreSQL, its search
 * index): a second one must not start on it, and must not stop the first one's database.
 * {@link DataDirectoryInUseFailureAnalyzer} says so.
 */
class DataDirectoryInUseException extends RuntimeException {

	private final Path directory;

	DataDirectoryInUseException(Path directory) {
		super(directory.toAbsolutePath() + " is in use by another run of the catalogue");
		this.directory = directory.toAbsolutePath();
	}

	Path getDirectory() {
		return this.directory;
	}

}
