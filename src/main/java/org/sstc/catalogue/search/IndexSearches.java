package org.sstc.catalogue.search;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * Runs queries against the search index alone. Hibernate Search needs a session to search, but a search that only
 * projects from the index never loads an entity, so the session is opened outside any transaction and never takes
 * a database connection: searching goes on while PostgreSQL is slow or away, and no connection waits on the index.
 * While the index is being rebuilt from nothing, or when reading it fails, a search says so
 * ({@link SearchUnavailableException}) rather than answering with nothing, and a failure starts the index's repair.
 */
@Component
class IndexSearches {

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexMaintenance maintenance;

	IndexSearches(EntityManagerFactory entityManagerFactory, SearchIndexMaintenance maintenance) {
		this.entityManagerFactory = entityManagerFactory;
		this.maintenance = maintenance;
	}

	<T> T run(Function<SearchSession, T> search) {
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
