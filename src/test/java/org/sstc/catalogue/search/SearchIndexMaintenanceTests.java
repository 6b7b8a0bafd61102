package org.sstc.catalogue.search;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rows written behind Hibernate Search's back (as Flyway or a script does) are found
 * stale and indexed by a rebuild, or by the periodic check.
 */
@CatalogueTest
@OnEitherSearchBackend
class SearchIndexMaintenanceTests {

	@Autowired
	SearchIndexMaintenance maintenance;

	@Autowired
	PracticeSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRowInsertedBySqlMakesTheIndexStaleUntilItIsRebuilt() {
		assertThat(this.maintenance.isStale()).isFalse();
		this.jdbc
			.update("""
					insert into practice (compendium_id, number, slug, heading, short_title, title, region, themes,
					    modalities, objectives)
					select id, 999, 'zebra-test-practice', 'GOOD PRACTICE 999', 'Zebra crossing safety', 'Zebra test',
					    'AFRICA', '["occupational-safety-health"]', '["south-south"]', 'Zebras.' from compendium limit 1""");
		try {
			assertThat(this.maintenance.isStale()).isTrue();
			assertThat(this.search.search(SearchQuery.empty(10).withText("zebra")).total()).isZero();
			assertThat(this.maintenance.reindex()).isEqualTo(31);
			assertThat(this.maintenance.isStale()).isFalse();
			assertThat(this.search.search(SearchQuery.empty(10).withText("zebra")).hits())
				.extracting((hit) -> hit.practice().slug())
				.containsExactly("zebra-test-practice");
		}
		finally {
			this.jdbc.update("delete from practice where slug = 'zebra-test-practice'");
			this.maintenance.reindex();
		}
		assertThat(this.search.search(SearchQuery.empty(10).withText("zebra")).total()).isZero();
	}

	/**
	 * More changed practices than one batch: the check indexes them a batch at a time
	 * (all at once, 10,000 changes filled a 256 MB heap and the check failed again every
	 * 30 s).
	 */
	@Test
	void thePeriodicCheckIndexesHundredsOfPracticesWrittenBySql() {
		int added = 450;
		this.jdbc.update("""
				insert into practice (compendium_id, number, slug, heading, short_title, title, region, themes,
				    modalities, objectives)
				select id, 5000 + n, 'quagga-test-practice-' || n, 'GOOD PRACTICE ' || (5000 + n), 'Quagga ' || n,
				    'Quagga test ' || n, 'AFRICA', '["occupational-safety-health"]', '["south-south"]', 'Quaggas.'
				from compendium, generate_series(1, ?) as n
				where compendium.id = (select min(id) from compendium)""", added);
		try {
			assertThat(this.maintenance.isStale()).isTrue();
			this.maintenance.check();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> this.search.search(SearchQuery.empty(10).withText("quagga")).total() == added);
			assertThat(this.maintenance.isStale()).isFalse();
		}
		finally {
			this.jdbc.update("delete from practice where slug like 'quagga-test-practice-%'");
			this.maintenance.reindex();
		}
		assertThat(this.search.search(SearchQuery.empty(10).withText("quagga")).total()).isZero();
	}

}
