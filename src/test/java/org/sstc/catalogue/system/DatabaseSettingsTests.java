package org.sstc.catalogue.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGProperty;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool and driver settings that bound how long a request can wait on PostgreSQL apply
 * to the connections the catalogue really uses, whichever way its database is configured.
 */
@CatalogueTest
class DatabaseSettingsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCatalogueGetsItsConnectionsThroughTheCircuitBreaker() {
		assertThat(this.dataSource).isInstanceOf(FailFastDataSource.class);
	}

	@Test
	void aRequestWaitsTwoSecondsAtMostForAConnection() throws SQLException {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getConnectionTimeout()).isEqualTo(2000);
		assertThat(pool.getValidationTimeout()).isEqualTo(1000);
	}

	@Test
	void postgresCancelsAStatementAfterTenSeconds() {
		assertThat(this.jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("10s");
	}

	@Test
	void aReadWaitsFifteenSecondsAtMostOnASilentServer() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getNetworkTimeout()).isEqualTo(15_000);
		}
	}

	@Test
	void theDriverKnowsEverySettingItIsGiven() throws SQLException {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getDataSourceProperties().stringPropertyNames())
			.containsExactlyInAnyOrder("connectTimeout", "loginTimeout", "socketTimeout", "options")
			.allSatisfy((name) -> assertThat(PGProperty.forName(name)).as(name).isNotNull());
	}

}
