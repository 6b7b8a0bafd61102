package org.sstc.catalogue.operations;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the shared search index lags behind the database when several instances
 * coordinate through Hibernate Search's outbox
 * ({@code catalogue.search.coordination=outbox-polling}): the writes waiting in
 * {@code hsearch_outbox_event} ({@code catalogue.search.outbox.events}) and the age of
 * the oldest one ({@code catalogue.search.outbox.oldest.age}, seconds). The table exists
 * whatever the coordination (migration V6); without outbox-polling nothing writes to it
 * and both are 0. While PostgreSQL is away they are NaN.
 */
@Component
class OutboxLag implements MeterBinder {

	/** Both gauges are read in one scrape: one query serves them. */
	private static final Duration REUSE = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	/**
	 * {@code process_after} is when an event became due (a retried one's is later): the
	 * oldest due event is the lag.
	 */
	private static final String LAG_SQL = """
			select count(*), coalesce(extract(epoch from greatest(now() - min(process_after), interval '0')), 0)
			from hsearch_outbox_event""";

	private volatile Lag last;

	OutboxLag(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Lag(double events, double oldestAgeSeconds, long readAt) {
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("catalogue.search.outbox.events", this, (lag) -> lag.current().events())
			.description("Index writes waiting in Hibernate Search's outbox")
			.strongReference(true)
			.register(registry);
		Gauge.builder("catalogue.search.outbox.oldest.age", this, (lag) -> lag.current().oldestAgeSeconds())
			.description("Age of the oldest index write waiting in Hibernate Search's outbox")
			.baseUnit("seconds")
			.strongReference(true)
			.register(registry);
	}

	Lag current() {
		Lag lag = this.last;
		long now = System.nanoTime();
		if (lag == null || now - lag.readAt() > REUSE.toNanos()) {
			lag = read(now);
			this.last = lag;
		}
		return lag;
	}

	private Lag read(long now) {
		try {
			return this.jdbc.queryForObject(LAG_SQL, (row, number) -> new Lag(row.getLong(1), row.getDouble(2), now));
		}
		catch (DataAccessException ex) {
			return new Lag(Double.NaN, Double.NaN, now);
		}
	}

}
