package org.sstc.catalogue.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One instance at a time rebuilds the shared index: with outbox-polling coordination,
 * every instance on the database writes to the same OpenSearch index, and two full
 * rebuilds at once would do the work twice and pause event processing twice as long. A
 * PostgreSQL advisory lock, held by a connection for the rebuild's duration, is released
 * by PostgreSQL itself if the instance dies. Without coordination each instance has its
 * own index: no lock.
 */
@Component
class IndexBuildLock {

	/** The lock's key among the database's advisory locks: "SSTC" in ASCII. */
	private static final long KEY = 0x53535443L;

	private final DataSource dataSource;

	private final boolean shared;

	IndexBuildLock(DataSource dataSource, SearchProperties properties) {
		this.dataSource = dataSource;
		this.shared = properties.outboxPolling();
	}

	/**
	 * Runs {@code work} holding the lock, waiting for another instance's rebuild to end
	 * first.
	 */
	<T> T holding(Supplier<T> work) {
		if (!this.shared) {
			return work.get();
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			// the pool's statement timeout would end the wait for another instance's
			// rebuild
			statement.execute("set statement_timeout = 0");
			statement.execute("select pg_advisory_lock(" + KEY + ")");
			try {
				return work.get();
			}
			finally {
				statement.execute("select pg_advisory_unlock(" + KEY + ")");
				statement.execute("reset statement_timeout");
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Cannot take the index build lock", ex);
		}
	}

}
