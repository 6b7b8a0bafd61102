package org.sstc.catalogue.practice;

import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A later biennium's compendium loads beside this one, with its records as their first revision. */
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
						join practice p on p.id = a.id where p.slug = 'later-compendium-test-practice'""", String.class))
					.isEqualTo("compendium import");
			}
			finally {
				connection.rollback();
			}
		}
	}

}
