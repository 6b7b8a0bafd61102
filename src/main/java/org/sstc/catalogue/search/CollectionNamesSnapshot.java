package org.sstc.catalogue.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collection's names as last read, kept on disk with the state of the collection they
 * were read from, so that a start finds them there instead of reading every practice
 * again (at 100,000 practices, minutes of a core with the production JVM's options). A
 * file that is missing, unreadable, of another reading's version or of another state of
 * the collection is ignored: the collection is read again and the file replaced.
 */
final class CollectionNamesSnapshot {

	private static final Logger logger = LoggerFactory.getLogger(CollectionNamesSnapshot.class);

	/**
	 * The version of what the reading finds: change it whenever {@link CollectionNames}
	 * finds other names in the same text, so that a snapshot of an older reading is not
	 * used.
	 */
	static final int READING_VERSION = 1;

	private static final String FILE = "collection-names.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path file;

	/**
	 * @param directory where the snapshot is kept; null to keep none
	 */
	CollectionNamesSnapshot(Path directory) {
		this.file = (directory != null) ? directory.resolve(FILE) : null;
	}

	record Stored(int version, String collection, CollectionNames.Names names) {
	}

	/** The names read from the collection in this state, if a snapshot holds them. */
	Optional<CollectionNames.Names> find(String collection) {
		if (this.file == null || !Files.isRegularFile(this.file)) {
			return Optional.empty();
		}
		try {
			Stored stored = JSON.readValue(this.file.toFile(), Stored.class);
			if (stored.version() == READING_VERSION && collection.equals(stored.collection())
					&& stored.names() != null) {
				return Optional.of(stored.names());
			}
		}
		catch (JacksonException ex) {
			logger.warn("The snapshot of the collection's names in {} cannot be read ({}); reading the collection",
					this.file, ex.getMessage());
		}
		return Optional.empty();
	}

	/**
	 * Keeps the names read from the collection in this state. A snapshot that cannot be
	 * written costs a reading at the next start, nothing else.
	 */
	void keep(String collection, CollectionNames.Names names) {
		if (this.file == null) {
			return;
		}
		try {
			Files.createDirectories(this.file.getParent());
			// written aside and moved into place: a start never finds half a file
			Path written = Files.createTempFile(this.file.getParent(), FILE, ".partial");
			try {
				JSON.writeValue(written.toFile(), new Stored(READING_VERSION, collection, names));
				Files.move(written, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(written);
			}
		}
		catch (IOException | JacksonException ex) {
			logger.warn("The collection's names could not be kept in {}: {}", this.file, ex.toString());
		}
	}

}
