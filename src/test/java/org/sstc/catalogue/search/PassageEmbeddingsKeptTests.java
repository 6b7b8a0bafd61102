package org.sstc.catalogue.search;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The practices' passages are embedded once: what a start embedded is kept in PostgreSQL,
 * and the next start (or another instance) on the same database embeds only what nobody
 * has embedded yet, and ranks by the same vectors.
 */
@CatalogueTest
class PassageEmbeddingsKeptTests {

	private static final String QUERY = "teaching soft skills in vocational schools";

	@Autowired
	PracticePassages passages;

	@Autowired
	QueryMeanings meanings;

	@Autowired
	CollectionReads reads;

	@Autowired
	StoredPassageEmbeddings stored;

	@Autowired
	SearchProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void awaitThePassages() {
		await().atMost(Duration.ofMinutes(2)).until(this.passages::ready);
	}

	@Test
	void aStartFindsThePassagesEmbeddedBeforeAndEmbedsNone() {
		PracticePassages restarted = started();

		assertThat(restarted.lastReading().embedded()).isZero();
		assertThat(restarted.lastReading().passages()).isPositive().isEqualTo(storedCount());
		float[] query = this.meanings.embed(QUERY);
		assertThat(restarted.nearness(query)).isNotEmpty().isEqualTo(this.passages.nearness(query));
	}

	@Test
	void onlyThePassagesNobodyEmbeddedYetAreEmbedded() {
		int before = started().lastReading().passages();
		this.jdbc.update("delete from passage_embedding where digest in "
				+ "(select digest from passage_embedding order by digest limit 3)");

		PracticePassages restarted = started();

		assertThat(restarted.lastReading()).isEqualTo(new PracticePassages.Reading(before, 3));
		assertThat(storedCount()).isEqualTo(before);
	}

	@Test
	void anotherModelsVectorsAreLetGo() {
		this.jdbc.update("insert into passage_embedding (model, digest, vector) values (?, ?, ?)", "another model",
				StoredPassageEmbeddings.digest("a passage"), new byte[] { 0, 0, 0, 0 });

		started();

		assertThat(this.jdbc.queryForObject("select count(*) from passage_embedding where model <> ?", Integer.class,
				this.meanings.embedding()))
			.isZero();
	}

	/**
	 * A new reader of the passages, as another start or instance has, once it has read.
	 */
	private PracticePassages started() {
		PracticePassages started = new PracticePassages(this.meanings, this.reads, this.stored, this.properties);
		started.onStarted();
		await().atMost(Duration.ofMinutes(2)).until(() -> started.lastReading() != null);
		return started;
	}

	private int storedCount() {
		return this.jdbc.queryForObject("select count(*) from passage_embedding where model = ?", Integer.class,
				this.meanings.embedding());
	}

}
