package org.sstc.catalogue.practice;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A later biennium's compendium loads beside this one, with its records as their first
 * revision; corrections of the curated files reach the practices nobody has edited, and
 * only those.
 */
@CatalogueTest
class CompendiumMigrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aSecondCompendiumLoadsBesideTheFirstWithItsFirstRevision() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				new CompendiumMigration("99", "compendium-test").migrate(new Context() {

					@Override
					public Configuration getConfiguration() {
						return null;
					}

					@Override
					public Connection getConnection() {
						return connection;
					}

				});
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				assertThat(jdbc.queryForObject("select count(*) from compendium", Long.class)).isEqualTo(2);
				assertThat(jdbc.queryForObject("""
						select count(*) from practice p join compendium c on c.id = p.compendium_id
						where c.code = 'compendium-test' and p.number = 1""", Long.class)).isEqualTo(1);
				assertThat(jdbc.queryForObject("""
						select r.username from practice_aud a join revision r on r.id = a.rev
						join practice p on p.id = a.id where p.slug = 'later-compendium-test-practice'""",
						String.class))
					.isEqualTo("compendium import");
			}
			finally {
				connection.rollback();
			}
		}
	}

	@Test
	void correctionsReachThePracticesNobodyEditedAndLeaveStaffEditsAlone() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				// as if both had been loaded from an older curated file without
				// organisations ...
				for (int number : new int[] { 3, 4 }) {
					jdbc.update("update practice set organisations = '[]' where number = ?", number);
					jdbc.update("update practice_aud set organisations = '[]' where id = (select id from practice "
							+ "where number = ?) and rev = (select min(rev) from practice_aud a where a.id = practice_aud.id)",
							number);
				}
				// ... and staff had then edited the results of number 4
				jdbc.update("update practice set results = 'Edited by staff.' where number = 4");

				List<Integer> corrected = new CuratedCorrectionsMigration("99", "compendium-2022-2023")
					.apply(connection);

				assertThat(corrected).containsExactly(3);
				assertThat(jdbc.queryForObject(
						"select jsonb_array_length(organisations) from practice where number = 3", Integer.class))
					.isEqualTo(CuratedRecords.read("compendium-2022-2023")
						.practices()
						.get(2)
						.body()
						.organisations()
						.size())
					.isPositive();
				assertThat(jdbc.queryForObject(
						"select r.username from practice_aud a join revision r on r.id = a.rev "
								+ "join practice p on p.id = a.id where p.number = 3 order by a.rev desc limit 1",
						String.class))
					.isEqualTo("compendium corrections");
				assertThat(jdbc.queryForObject("select results from practice where number = 4", String.class))
					.isEqualTo("Edited by staff.");
				assertThat(
						jdbc.queryForObject("select organisations::text from practice where number = 4", String.class))
					.isEqualTo("[]");
				assertThat(new CuratedCorrectionsMigration("100", "compendium-2022-2023").apply(connection))
					.as("a second run finds nothing left to correct")
					.isEmpty();
			}
			finally {
				connection.rollback();
			}
		}
	}

}
