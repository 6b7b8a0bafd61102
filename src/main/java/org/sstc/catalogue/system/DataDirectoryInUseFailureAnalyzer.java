package org.sstc.catalogue.system;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.lucene.store.LockObtainFailedException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "this data folder is in use by another run" into one line that says which folder
 * and what to do, instead of a stack trace: the embedded PostgreSQL's folder held by
 * another run, or the search index's lock
 * ({@code Lock held by another program: .../index/practice/write.lock}) held by another
 * catalogue on the same folder.
 */
class DataDirectoryInUseFailureAnalyzer implements FailureAnalyzer {

	static final String ACTION = "Stop the other run of the catalogue (or use it), or start this one with its own "
			+ "data folder: CATALOGUE_DATA_DIRECTORY=/another/folder.";

	private static final String INDEX_ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

	private final Environment environment;

	DataDirectoryInUseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		Throwable found = find(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
		if (found instanceof DataDirectoryInUseException inUse) {
			return new FailureAnalysis(
					"The data folder " + inUse.getDirectory() + " is in use by another run of the catalogue.", ACTION,
					found);
		}
		if (found != null) {
			String index = this.environment.getProperty(INDEX_ROOT);
			String where = (index != null) ? Path.of(index).toAbsolutePath().toString() : "the data folder";
			return new FailureAnalysis("The search index in " + where + " is in use by another run of the catalogue ("
					+ found.getMessage() + ").", ACTION, found);
		}
		return null;
	}

	/**
	 * The failure's own cause or one it suppressed (Hibernate Search collects bootstrap
	 * failures that way).
	 */
	private static Throwable find(Throwable failure, Set<Throwable> seen) {
		if (failure == null || !seen.add(failure)) {
			return null;
		}
		if (failure instanceof DataDirectoryInUseException || failure instanceof LockObtainFailedException) {
			return failure;
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			Throwable found = find(suppressed, seen);
			if (found != null) {
				return found;
			}
		}
		return find(failure.getCause(), seen);
	}

}
