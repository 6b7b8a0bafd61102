package org.sstc.catalogue.search;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows written behind Hibernate Search's back (as Flyway does) are found stale and
 * indexed by a rebuild.
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

}
