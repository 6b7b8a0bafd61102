package org.sstc.catalogue.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * Runs queries against the search index alone. Hibernate Search needs a session to
 * search, but a search that only projects from the index never loads an entity, so the
 * session is opened outside any transaction and never takes a database connection:
 * searching goes on while PostgreSQL is slow or away, and no connection waits on the
 * index. While the index is being rebuilt from nothing, or when reading it fails, a
 * search says so ({@link SearchUnavailableException}) rather than answering with nothing,
 * and a failure starts the index's repair. Searches take turns
 * ({@code catalogue.search.admission}): at most so many at once, the others waiting in
 * the order they came, for a while, then answered 503 ({@link SearchBusyException}).
 * Every search is timed: {@code catalogue.search}, a histogram, by outcome
 * ({@code success}, {@code unavailable}, {@code busy}, {@code error}).
 */
@Component
class IndexSearches {

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexMaintenance maintenance;

	private final MeterRegistry meters;

	private final Semaphore turns;

	private final Duration maxWait;

	IndexSearches(EntityManagerFactory entityManagerFactory, SearchIndexMaintenance maintenance, MeterRegistry meters,
			SearchProperties properties) {
		this.entityManagerFactory = entityManagerFactory;
		this.maintenance = maintenance;
		this.meters = meters;
		// fair: the searches waiting start in the order they came
		this.turns = new Semaphore(properties.admission().permits(), true);
		this.maxWait = properties.admission().maxWait();
	}

	/** Runs a search in its turn, waiting for it at most the configured time. */
	<T> T run(Function<SearchSession, T> search) {
		return run(search, this.maxWait);
	}

	/**
	 * Runs a search that a page can do without (its similar practices, the home page's
	 * counts) if a turn is free at once: such a page is not kept waiting behind searches.
	 */
	<T> T runIfFree(Function<SearchSession, T> search) {
		return run(search, Duration.ZERO);
	}

	private <T> T run(Function<SearchSession, T> search, Duration wait) {
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "error";
		try {
			if (!this.turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new SearchBusyException();
			}
			try {
				T result = runUntimed(search);
				outcome = "success";
				return result;
			}
			finally {
				this.turns.release();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			outcome = "busy";
			throw new SearchBusyException();
		}
		catch (SearchUnavailableException ex) {
			outcome = (ex instanceof SearchBusyException) ? "busy" : "unavailable";
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("catalogue.search")
				.description("Searches run against the index")
				.tag("outcome", outcome)
				.publishPercentileHistogram()
				.register(this.meters));
		}
	}

	/**
	 * Runs a lookup of a few documents at once, without waiting for a turn: the
	 * catalogue's version, which every public answer's ETag is made of, must not wait
	 * behind searches.
	 */
	<T> T runNow(Function<SearchSession, T> lookup) {
		return runUntimed(lookup);
	}

	private <T> T runUntimed(Function<SearchSession, T> search) {
		this.maintenance.requireSearchable();
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return search.apply(Search.session(entityManager));
		}
		catch (RuntimeException ex) {
			if (SearchIndexMaintenance.isIndexFailure(ex)) {
				this.maintenance.indexFailed(ex);
				throw new SearchUnavailableException(ex);
			}
			throw ex;
		}
		finally {
			entityManager.close();
		}
	}

}
