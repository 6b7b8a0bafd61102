package org.sstc.catalogue.search;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collection's names kept between starts: found again only for the state of the
 * collection they were read from, and never from a damaged file.
 */
@Tag("unit")
class CollectionNamesSnapshotTests {

	private static final EnglishWords english = new EnglishWords();

	@TempDir
	Path directory;

	@Test
	void namesKeptForAStateOfTheCollectionAreFoundForThatStateOnly() throws Exception {
		CollectionNames.Names names = mined();
		CollectionNamesSnapshot snapshot = new CollectionNamesSnapshot(this.directory);
		snapshot.keep("catalogue:11:30:465:2026-11-30", names);

		CollectionNamesSnapshot nextStart = new CollectionNamesSnapshot(this.directory);
		assertThat(nextStart.find("catalogue:11:30:465:2026-11-30")).contains(names);
		assertThat(nextStart.find("catalogue:11:31:496:2026-11-30")).as("a practice added since").isEmpty();
		assertThat(nextStart.find("catalogue:12:30:465:2026-11-30")).as("a migration since").isEmpty();
	}

	@Test
	void aDamagedOrMissingSnapshotIsIgnored() throws Exception {
		CollectionNamesSnapshot snapshot = new CollectionNamesSnapshot(this.directory);
		assertThat(snapshot.find("state")).isEmpty();
		snapshot.keep("state", mined());
		Path file;
		try (var files = Files.list(this.directory)) {
			file = files.findFirst().orElseThrow();
		}
		Files.writeString(file, "{\"version\": 1, \"collection\": \"state\", \"names\": {\"forms\": ");
		assertThat(snapshot.find("state")).isEmpty();
		assertThat(new CollectionNamesSnapshot(null).find("state")).as("none kept").isEmpty();
	}

	@Test
	void readingOnFromKeptNamesAddsToThem() throws Exception {
		CollectionNames.Names kept = mined();
		CollectionNames.Miner miner = new CollectionNames.Miner(english::contains, kept);
		miner.text("It was run with the Tripartite Labour Advisory Council – TLAC.");
		CollectionNames.Names names = miner.names();
		assertThat(names.group("senai")).contains("national industrial apprenticeship service");
		assertThat(names.group("tlac")).contains("tripartite labour advisory council");
		assertThat(names.group("ipea")).contains("instituto de pesquisa economica aplicada");
		assertThat(names.longest()).isEqualTo(kept.longest());
	}

	private static CollectionNames.Names mined() throws Exception {
		CollectionNames.Miner miner = new CollectionNames.Miner(english::contains);
		miner.organisations(JsonMapper.builder().build().readTree("""
				[{"acronym": "SENAI", "name": "National Industrial Apprenticeship Service (Brazil)"}]"""));
		miner.text("The Instituto de Pesquisa Econômica Aplicada, Brazil undertook this work.");
		miner.words("Regional Meeting on Caregiving");
		return miner.names();
	}

}
