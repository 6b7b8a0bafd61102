package org.sstc.catalogue.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.util.common.SearchException;

/**
 * How the batches of an update of the whole index in place are written: each batch's
 * writes go on while the next batch is loaded, and the one before must be written before
 * the next is sent, so that at most two batches are in memory; nothing is committed or
 * refreshed batch by batch (the update commits once, at its end). Waiting for every batch
 * and committing it ({@code writeSync}) left the loading thread and the index's writers
 * taking turns, and committed 500 times for 100,000 practices. One update's: not shared.
 */
final class OverlappingBatches implements IndexingPlanSynchronizationStrategy {

	private CompletableFuture<? extends SearchIndexingPlanExecutionReport> last;

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		context.documentCommitStrategy(DocumentCommitStrategy.NONE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
		context.indexingFutureHandler((future) -> {
			var previous = this.last;
			this.last = future;
			if (previous != null) {
				written(previous);
			}
		});
	}

	/** Waits for the last batch sent to be written; fails as a write of it failed. */
	void awaitLast() {
		if (this.last != null) {
			written(this.last);
			this.last = null;
		}
	}

	private static void written(CompletableFuture<? extends SearchIndexingPlanExecutionReport> batch) {
		try {
			batch.join().throwable().ifPresent((failure) -> {
				throw new SearchException("Index writes of an update in place failed", failure);
			});
		}
		catch (CompletionException ex) {
			throw new SearchException("Index writes of an update in place failed", ex.getCause());
		}
	}

}
