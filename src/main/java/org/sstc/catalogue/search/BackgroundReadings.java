package org.sstc.catalogue.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A thread of its own for what reads the whole collection in the background (its names,
 * its passages): one task at a time, so what a task builds is never used by two threads,
 * and a new reading asked for while one already waits is that one, since it reads the
 * changes made meanwhile too.
 */
final class BackgroundReadings {

	private final ExecutorService worker;

	private final AtomicBoolean readingQueued = new AtomicBoolean();

	BackgroundReadings(String threadName) {
		this.worker = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** A reading of the whole collection, unless one is waiting already. */
	void readAll(Runnable reading) {
		if (this.readingQueued.compareAndSet(false, true)) {
			this.worker.execute(() -> {
				this.readingQueued.set(false);
				reading.run();
			});
		}
	}

	/** Any other task, after those before it. */
	void execute(Runnable task) {
		this.worker.execute(task);
	}

}
