package org.sstc.catalogue.search;

import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads over every practice, made in the background (the facet values' names, the
 * collection's names): row by row, so that 100,000 practices never sit in memory at once,
 * and allowed more than the {@code statement_timeout} that bounds what a visitor's
 * request may wait for.
 */
@Component
class CollectionReads {

	private static final int FETCH_SIZE = 500;

	private static final String TIMEOUT = "5min";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	CollectionReads(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
	}

	/**
	 * Runs the query in a transaction of its own (PostgreSQL streams rows only inside
	 * one).
	 */
	void stream(String sql, RowCallbackHandler handler, Object... arguments) {
		inTransaction(() -> {
			this.jdbc.execute("set local statement_timeout = '" + TIMEOUT + "'");
			this.jdbc.query(sql, handler, arguments);
			return null;
		});
	}

	/** The one value a query over the whole collection gives (a count, a state). */
	<T> T value(String sql, Class<T> type) {
		return inTransaction(() -> {
			this.jdbc.execute("set local statement_timeout = '" + TIMEOUT + "'");
			return this.jdbc.queryForObject(sql, type);
		});
	}

	/**
	 * A transaction that cannot begin (PostgreSQL unreachable) fails as a read that
	 * cannot be made does: with a {@link DataAccessException}, which every reader
	 * expects. An exception of another kind would end the background task uncaught.
	 */
	private <T> T inTransaction(Supplier<T> read) {
		try {
			return this.transactions.execute((status) -> read.get());
		}
		catch (TransactionException ex) {
			throw new DataAccessResourceFailureException("No transaction could begin: " + ex.getMessage(), ex);
		}
	}

}
