package org.sstc.catalogue.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives no connection, at once, while PostgreSQL is known to be unreachable, rather than
 * letting every request wait out the pool's timeout. With 250 clients, that wait held
 * every server thread, so that even answers that need no database (assets, cached pages)
 * waited in the queue. A circuit breaker (Resilience4j): once most of the latest requests
 * for a connection failed for want of the database, the others fail at once for a second;
 * then one request tries again (waiting the pool's timeout at most), and the first that
 * gets a connection closes the circuit.
 */
class FailFastDataSource extends DelegatingDataSource {

	/**
	 * How long requests fail at once before one tries again: recovery comes at most this
	 * much after the database.
	 */
	static final Duration OPEN = Duration.ofSeconds(1);

	private static final Logger logger = LoggerFactory.getLogger(FailFastDataSource.class);

	private final CircuitBreaker breaker;

	FailFastDataSource(DataSource pool) {
		super(pool);
		this.breaker = CircuitBreaker.of("postgresql",
				CircuitBreakerConfig.custom()
					.slidingWindowType(SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(10)
					// three failed requests in a row are enough: each of them waited the
					// pool's timeout
					.minimumNumberOfCalls(3)
					.failureRateThreshold(50)
					.waitDurationInOpenState(OPEN)
					.permittedNumberOfCallsInHalfOpenState(1)
					// only a failure to reach the database opens the circuit
					.recordException((failure) -> DatabaseOutage.connectionFailure(failure) != null)
					.build());
		this.breaker.getEventPublisher().onStateTransition((event) -> {
			switch (event.getStateTransition().getToState()) {
				case OPEN -> {
					if (event.getStateTransition().getFromState() == CircuitBreaker.State.CLOSED) {
						logger.warn("PostgreSQL cannot be reached: requests that need it fail at once (503), and one "
								+ "tries again every {} ms", OPEN.toMillis());
					}
				}
				case CLOSED -> logger.info("PostgreSQL can be reached again");
				default -> {
				}
			}
		});
	}

	@Override
	public Connection getConnection() throws SQLException {
		return guarded(null, null);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return guarded(username, password);
	}

	private Connection guarded(String username, String password) throws SQLException {
		if (!this.breaker.tryAcquirePermission()) {
			throw new SQLTransientConnectionException(
					"PostgreSQL could not be reached a moment ago; trying again within " + OPEN.toMillis() + " ms",
					"08001");
		}
		long start = System.nanoTime();
		try {
			Connection connection = (username != null) ? super.getConnection(username, password)
					: super.getConnection();
			this.breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return connection;
		}
		catch (SQLException | RuntimeException | Error ex) {
			this.breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			throw ex;
		}
	}

}
