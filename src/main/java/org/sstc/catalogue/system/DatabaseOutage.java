package org.sstc.catalogue.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * Tells a failure to reach PostgreSQL (down, restarting, unreachable, out of connections,
 * too slow to answer) from every other failure, wherever it was thrown, so that it is
 * answered with 503 and {@code Retry-After} rather than a 500: the request was fine and
 * will succeed once the database is back. Logs the outage once a minute at most, not once
 * per request.
 */
@Component
class DatabaseOutage {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutage.class);

	/**
	 * Recovery takes a few seconds once PostgreSQL is back (see the pool's settings in
	 * application.properties).
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	static final String MESSAGE = "The catalogue's database cannot be reached just now: try again in a few seconds.";

	private static final Duration REPORT_INTERVAL = Duration.ofMinutes(1);

	/**
	 * SQLSTATEs of the connection kind: class 08 (connection exception), the server
	 * shutting down or starting (57P01-57P03), too many connections (53300) and a
	 * statement cancelled by {@code statement_timeout} (57014).
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");

	private final AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_INTERVAL.toNanos());

	/**
	 * Whether the failure means the database cannot be used; if so, says so in the log
	 * now and then.
	 */
	boolean explains(Throwable failure) {
		Throwable cause = connectionFailure(failure);
		if (cause == null) {
			return false;
		}
		long last = this.lastReport.get();
		long now = System.nanoTime();
		if (now - last >= REPORT_INTERVAL.toNanos() && this.lastReport.compareAndSet(last, now)) {
			logger.warn("PostgreSQL cannot be used ({}: {}); answering 503 with Retry-After until it can. "
					+ "Logged once a minute at most.", cause.getClass().getSimpleName(), cause.getMessage());
		}
		return true;
	}

	/**
	 * The first cause of the connection kind, or null; at most 32 deep, as a cause chain
	 * may loop.
	 */
	static Throwable connectionFailure(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
			if (isConnectionKind(cause)) {
				return cause;
			}
		}
		return null;
	}

	private static boolean isConnectionKind(Throwable cause) {
		if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
				|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
				|| cause instanceof SQLTimeoutException) {
			return true;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			return sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState());
		}
		// Hibernate could not roll back (or begin, or commit) on a connection the pool
		// had already closed because it
		// saw it break; the pool's "Connection is closed" has no SQLSTATE, and this
		// failure replaces the query's own
		// (for a request in flight when PostgreSQL went away)
		return cause instanceof TransactionException && cause.getCause() instanceof SQLException sql
				&& sql.getSQLState() == null;
	}

}
