package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reading of the whole collection keeps what it found, and the next reading of the
 * collection in the same state takes it from there instead of reading every practice.
 */
@CatalogueTest
class CollectionNamesKeptTests {

	private static final Path READINGS = temporaryDirectory();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	CollectionNames names;

	@Autowired
	PracticeSearch search;

	@Autowired
	ApplicationEventPublisher events;

	@DynamicPropertySource
	static void readings(DynamicPropertyRegistry registry) {
		registry.add("catalogue.search.readings-directory", READINGS::toString);
	}

	@Test
	void aReadingOfTheCollectionInTheStateLastReadTakesTheNamesKept() throws Exception {
		Path kept = READINGS.resolve("collection-names.json");
		await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(kept));
		assertThat(this.names.group("zqxw")).isEmpty();

		// a pair no practice writes: only the kept names can hold it
		ObjectNode snapshot = (ObjectNode) JSON.readTree(kept.toFile());
		ObjectNode forms = (ObjectNode) snapshot.path("names").path("forms");
		forms.putArray("zqxw").add("labour inspection");
		forms.putArray("labour inspection").add("zqxw");
		((ArrayNode) snapshot.path("names").path("words")).add("zqxw");
		JSON.writeValue(kept.toFile(), snapshot);

		// what follows every rebuild of the index: the collection is read again
		this.events.publishEvent(new SearchIndexRebuiltEvent(30));
		await().atMost(Duration.ofSeconds(60)).until(() -> !this.names.group("zqxw").isEmpty());

		assertThat(this.names.group("zqxw")).containsExactly("zqxw", "labour inspection");
		assertThat(this.search.search(SearchQuery.empty(10).withText("zqxw")).total()).isPositive();
	}

	@AfterAll
	static void removeReadings() throws IOException {
		FileSystemUtils.deleteRecursively(READINGS);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("catalogue-readings");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
