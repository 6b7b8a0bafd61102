package org.sstc.catalogue.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A background reading of the collection that cannot reach PostgreSQL fails as every
 * reader expects, even when it is the transaction that cannot begin: an exception of
 * another kind would end the reading's thread uncaught.
 */
@Tag("unit")
class CollectionReadsTests {

	@Test
	void aReadThatCannotReachPostgresFailsWithADataAccessException() {
		// nothing listens on port 1: the connection is refused at once
		DriverManagerDataSource unreachable = new DriverManagerDataSource(
				"jdbc:postgresql://127.0.0.1:1/catalogue?connectTimeout=1", "postgres", "");
		CollectionReads reads = new CollectionReads(new JdbcTemplate(unreachable),
				new DataSourceTransactionManager(unreachable));

		assertThatThrownBy(() -> reads.value("select 1", Integer.class)).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> reads.stream("select 1", (row) -> {
		})).isInstanceOf(DataAccessException.class);
	}

}
