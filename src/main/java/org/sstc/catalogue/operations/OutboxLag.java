package org.sstc.catalogue.operations;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the shared search index lags behind the database when several instances coordinate through Hibernate
 * Search's outbox ({@code catalogue.search.coordination=outbox-polling}): the writes waiting in
 * {@code hsearch_outbox_event} ({@code catalogue.search.outbox.events}) and the age of the oldest one
 * ({@code catalogue.search.outbox.oldest.age}, seconds). Without that table (one instance, no coordination) both are 0
 * and the only query is a catalogue lookup of the table's name; while PostgreSQL is away they are NaN.
 */
@Component
class OutboxLag implements MeterBinder {

	/** Both gauges are read in one scrape: one query serves them. */
	private static final Duration REUSE = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	/** The query once the table is found; null before. */
	private volatile String lagQuery;

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
			String query = this.lagQuery;
			if (query == null) {
				query = lagQuery();
				if (query == null) {
					return new Lag(0, 0, now);
				}
				this.lagQuery = query;
			}
			return this.jdbc.queryForObject(query, (row, number) -> new Lag(row.getLong(1), row.getDouble(2), now));
		}
		catch (DataAccessException ex) {
			// looked up again next time: the table may have been dropped
			this.lagQuery = null;
			return new Lag(Double.NaN, Double.NaN, now);
		}
	}

	/**
	 * The lag's query, if the outbox table exists, with the names as its schema spells them (Hibernate Search's
	 * {@code HSEARCH_OUTBOX_EVENT} and {@code processAfter}, folded to lower case unless they were created quoted).
	 * {@code processAfter} is when an event became due (a retried one's is later): the oldest due event is the lag.
	 */
	private String lagQuery() {
		List<List<String>> names = this.jdbc.query("""
				select c.oid::regclass::text, quote_ident(a.attname) from pg_class c
				join pg_attribute a on a.attrelid = c.oid
				where lower(c.relname) = 'hsearch_outbox_event' and lower(a.attname) = 'processafter'
				  and pg_table_is_visible(c.oid)""", (row, number) -> List.of(row.getString(1), row.getString(2)));
		if (names.isEmpty()) {
			return null;
		}
		String table = names.get(0).get(0);
		String processAfter = names.get(0).get(1);
		return "select count(*), coalesce(extract(epoch from greatest(now() - min(" + processAfter
				+ "), interval '0')), 0) from " + table;
	}

}
