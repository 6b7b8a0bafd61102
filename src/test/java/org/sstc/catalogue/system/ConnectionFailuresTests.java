package org.sstc.catalogue.system;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Which failures mean that PostgreSQL cannot be used, and what the catalogue does about
 * them.
 */
@Tag("unit")
class ConnectionFailuresTests {

	static Stream<Throwable> connectionFailures() {
		SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 2001ms", "08001");
		return Stream.of(poolTimeout,
				new CannotCreateTransactionException("Could not open JPA EntityManager",
						new JDBCConnectionException("Unable to acquire JDBC Connection", poolTimeout)),
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout),
				new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE),
				new SQLException("terminating connection due to administrator command", "57P01"),
				new SQLException("canceling statement due to statement timeout", "57014"),
				new DataAccessResourceFailureException("JDBC exception executing SQL"),
				// the rollback of a request in flight when PostgreSQL went away, on the
				// connection the pool closed
				new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
						new SQLException("Connection is closed"))),
				new IllegalStateException("wrapped", new RuntimeException("twice", poolTimeout)));
	}

	@ParameterizedTest
	@MethodSource("connectionFailures")
	void recognisesAFailureToReachTheDatabaseWhereverItIsInTheCauses(Throwable failure) {
		assertThat(DatabaseOutage.connectionFailure(failure)).isNotNull();
		assertThat(new DatabaseOutage().explains(failure)).isTrue();
	}

	static Stream<Throwable> otherFailures() {
		return Stream.of(new IllegalStateException("a bug"),
				new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key", "23505")),
				new SQLException("syntax error", "42601"), new SQLException("no state"),
				new TransactionException("Transaction not successfully started"));
	}

	@ParameterizedTest
	@MethodSource("otherFailures")
	void leavesEveryOtherFailureAlone(Throwable failure) {
		assertThat(DatabaseOutage.connectionFailure(failure)).isNull();
	}

	@Test
	void survivesACauseChainThatLoops() {
		Exception first = new Exception("first");
		Exception second = new Exception("second", first);
		first.initCause(second);
		assertThat(DatabaseOutage.connectionFailure(first)).isNull();
	}

	@Test
	void theApiAnswersAConnectionFailureWith503AndRetryAfter() {
		ResponseEntity<ApiErrorHandler.ApiError> answer = new ApiErrorHandler(new DatabaseOutage())
			.unexpected(new CannotCreateTransactionException("Could not open JPA EntityManager",
					new SQLTransientConnectionException("timed out", "08001")));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
		assertThat(answer.getBody().message()).contains("database");
	}

	@Test
	void theApiAnswersSpringMvcsOwnRequestErrorsWithTheirStatusAndMessage() {
		ResponseEntity<ApiErrorHandler.ApiError> answer = new ApiErrorHandler(new DatabaseOutage())
			.unexpected(new MissingServletRequestParameterException("verb", "String"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().message()).contains("verb");
	}

	/**
	 * Once requests for a connection keep failing for want of the database, the next ones
	 * fail at once instead of waiting the pool's timeout; a second later one tries again,
	 * and its success lets every request through.
	 */
	@Test
	void failsAtOnceWhileTheDatabaseIsKnownUnreachableAndTriesAgainASecondLater() throws SQLException {
		Database database = new Database();
		FailFastDataSource dataSource = new FailFastDataSource(database);
		database.down.set(true);
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(dataSource::getConnection);
		}
		assertThat(database.asked).hasValue(3);
		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(dataSource::getConnection)
			.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("08001"));
		assertThat(database.asked).as("not asked while known down").hasValue(3);

		database.down.set(false);
		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() -> {
			dataSource.getConnection();
			return true;
		});
		assertThat(dataSource.getConnection()).isNull();
		assertThat(database.asked.get()).isGreaterThan(4);
	}

	@Test
	void otherFailuresNeverStopTheRequests() {
		Database database = new Database();
		FailFastDataSource dataSource = new FailFastDataSource(database);
		database.broken.set(true);
		for (int i = 0; i < 10; i++) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(dataSource::getConnection)
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("28P01"));
		}
		assertThat(database.asked).hasValue(10);
	}

	/**
	 * Stands for the pool: gives a (null) connection, or fails as Hikari does when
	 * PostgreSQL is away.
	 */
	private static final class Database implements DataSource {

		final AtomicBoolean down = new AtomicBoolean();

		final AtomicBoolean broken = new AtomicBoolean();

		final AtomicInteger asked = new AtomicInteger();

		@Override
		public Connection getConnection() throws SQLException {
			this.asked.incrementAndGet();
			if (this.down.get()) {
				throw new SQLTransientConnectionException("Connection is not available, request timed out", "08001");
			}
			if (this.broken.get()) {
				throw new SQLException("password authentication failed", "28P01");
			}
			return null;
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			return null;
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
