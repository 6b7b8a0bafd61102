package org.sstc.catalogue.search;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * How a write of a practice reaches the index: after the database transaction commits, in
 * the same request, so that the next search sees it (as Hibernate Search's {@code sync}
 * strategy does). Unlike {@code sync}, a failed index write never fails the request,
 * whose change is committed already: the practice is remembered here and indexed again by
 * {@link SearchIndexMaintenance}'s next check, which also repairs the index if it is
 * broken.
 *
 * <p>
 * Hibernate Search takes this strategy by its bean name
 * ({@code hibernate.search.indexing.plan.synchronization.strategy=bean:indexWriteFailures});
 * it depends on nothing that needs the search mapping, which does not exist yet when
 * Hibernate Search asks for it.
 */
@Component("indexWriteFailures")
class IndexWriteFailures implements IndexingPlanSynchronizationStrategy {

	private static final Logger logger = LoggerFactory.getLogger(IndexWriteFailures.class);

	private final Set<Long> failed = ConcurrentHashMap.newKeySet();

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
		context.indexingFutureHandler((future) -> {
			try {
				SearchIndexingPlanExecutionReport report = future.join();
				report.throwable().ifPresent((failure) -> failed(report, failure));
			}
			catch (CompletionException ex) {
				logger.error("Index writes failed after the database committed; the next index check repairs them",
						ex.getCause());
			}
		});
	}

	private void failed(SearchIndexingPlanExecutionReport report, Throwable failure) {
		for (EntityReference reference : report.failingEntities()) {
			if (reference.id() instanceof Long id) {
				this.failed.add(id);
			}
		}
		logger.error("Index writes of practices {} failed after the database committed; the next index check "
				+ "indexes them again", report.failingEntities(), failure);
	}

	void add(long id) {
		this.failed.add(id);
	}

	/** The practices whose index writes failed since the last call. */
	Set<Long> drain() {
		Set<Long> drained = new HashSet<>();
		for (Long id : Set.copyOf(this.failed)) {
			if (this.failed.remove(id)) {
				drained.add(id);
			}
		}
		return drained;
	}

}
