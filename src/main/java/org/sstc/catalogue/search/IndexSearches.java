package org.sstc.catalogue.search;

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
 * and a failure starts the index's repair. Every search is timed:
 * {@code catalogue.search}, a histogram, by outcome ({@code success},
 * {@code unavailable}, {@code error}).
 */
@Component
class IndexSearches {

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexMaintenance maintenance;

	private final MeterRegistry meters;

	IndexSearches(EntityManagerFactory entityManagerFactory, SearchIndexMaintenance maintenance, MeterRegistry meters) {
		this.entityManagerFactory = entityManagerFactory;
		this.maintenance = maintenance;
		this.meters = meters;
	}

	<T> T run(Function<SearchSession, T> search) {
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "error";
		try {
			T result = runUntimed(search);
			outcome = "success";
			return result;
		}
		catch (SearchUnavailableException ex) {
			outcome = "unavailable";
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
