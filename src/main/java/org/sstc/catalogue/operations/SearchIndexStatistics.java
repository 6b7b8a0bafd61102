package org.sstc.catalogue.operations;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.sstc.catalogue.practice.Practice;

import org.springframework.stereotype.Component;

/**
 * What the search index holds, asked of the index itself whatever its backend: never
 * through the database, so that it answers while PostgreSQL is away, and never for longer
 * than {@link #TIMEOUT}, so that a probe or a scrape cannot hang on an unreachable search
 * cluster.
 */
@Component
class SearchIndexStatistics {

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexStatistics(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * How many documents the index holds (every practice, drafts and archived ones
	 * included).
	 */
	long documents() {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return Search.session(entityManager)
				.search(Practice.class)
				.where((f) -> f.matchAll())
				.failAfter(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.fetchTotalHitCount();
		}
		finally {
			entityManager.close();
		}
	}

	/**
	 * The embedded Lucene index, whose size the catalogue can tell; empty with a search
	 * cluster.
	 */
	Optional<LuceneIndexManager> embeddedIndex() {
		return Optional.of(Search.mapping(this.entityManagerFactory).indexedEntity(Practice.class).indexManager())
			.filter(LuceneIndexManager.class::isInstance)
			.map(LuceneIndexManager.class::cast);
	}

}
