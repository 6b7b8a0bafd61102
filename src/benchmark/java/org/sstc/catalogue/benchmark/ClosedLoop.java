package org.sstc.catalogue.benchmark;

import java.time.Duration;
import java.util.function.Supplier;

import org.sstc.catalogue.benchmark.Measurement.Latencies;
import org.sstc.catalogue.benchmark.Measurement.Target;

/**
 * Closed-loop load: each client sends its next request as soon as the previous one is answered, for a fixed time.
 * With one client it measures latency alone; with many, the throughput of a saturated server and the latency a
 * request then has, queueing included.
 */
final class ClosedLoop {

	/** Bounds every client's memory even if the server were absurdly fast. */
	private static final int MAX_REQUESTS_PER_CLIENT = 5_000_000;

	/** How long after the end a client may still be waiting for its last answer (the requests' own timeout). */
	private static final Duration GRACE = Duration.ofSeconds(40);

	private ClosedLoop() {
	}

	/**
	 * Runs {@code clients} workers for {@code duration}.
	 *
	 * @param workers makes each client's worker (the peer's hold a database connection each)
	 * @param machine reads the CPU counters, before and after
	 */
	static Measurement run(Target target, int clients, Duration duration, WorkerFactory workers,
			Supplier<MachineLoad> machine) throws Exception {
		Client[] running = new Client[clients];
		Thread[] threads = new Thread[clients];
		for (int i = 0; i < clients; i++) {
			running[i] = new Client(workers.create(i));
		}
		MachineLoad before = machine.get();
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		for (int i = 0; i < clients; i++) {
			running[i].deadline = deadline;
			threads[i] = new Thread(running[i], "benchmark-" + target.name().toLowerCase() + "-" + i);
			threads[i].setDaemon(true);
			threads[i].start();
		}
		long joinDeadline = deadline + GRACE.toNanos();
		for (Thread thread : threads) {
			thread.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
			if (thread.isAlive()) {
				throw new IllegalStateException(thread.getName() + " did not finish in time");
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		MachineLoad used = machine.get().since(before);
		long errors = 0;
		long empty = 0;
		boolean emptyKnown = false;
		String firstError = null;
		Latencies[] latencies = new Latencies[clients];
		for (int i = 0; i < clients; i++) {
			Client client = running[i];
			client.worker.close();
			latencies[i] = client.latencies;
			errors += client.errors;
			empty += client.empty;
			emptyKnown |= client.emptyKnown;
			if (firstError == null) {
				firstError = client.firstError;
			}
		}
		return new Measurement(target, clients, seconds, Latencies.sortedUnion(latencies), errors,
				emptyKnown ? empty : -1, firstError, used);
	}

	/** What one request gave. */
	record Outcome(boolean answered, Boolean empty, String error) {

		static Outcome success() {
			return new Outcome(true, null, null);
		}

		static Outcome answered(long total) {
			return new Outcome(true, total == 0, null);
		}

		static Outcome failed(String error) {
			return new Outcome(false, null, error);
		}

	}

	/** One client's requests, one at a time; closed when the measurement ends. */
	interface Worker {

		Outcome next() throws InterruptedException;

		default void close() throws Exception {
		}

	}

	@FunctionalInterface
	interface WorkerFactory {

		Worker create(int client) throws Exception;

	}

	private static final class Client implements Runnable {

		private final Worker worker;

		private final Latencies latencies = new Latencies();

		private volatile long deadline;

		private long errors;


		private long empty;

		private boolean emptyKnown;

		private String firstError;

		Client(Worker worker) {
			this.worker = worker;
		}

		@Override
		public void run() {
			for (int n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < this.deadline; n++) {
				long started = System.nanoTime();
				Outcome outcome;
				try {
					outcome = this.worker.next();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					outcome = Outcome.failed(ex.toString());
				}
				long elapsed = System.nanoTime() - started;
				if (outcome.answered()) {
					this.latencies.add(elapsed);
					if (outcome.empty() != null) {
						this.emptyKnown = true;
						this.empty += outcome.empty() ? 1 : 0;
					}
				}
				else {
					this.errors++;
					if (this.firstError == null) {
						this.firstError = outcome.error();
					}
				}
			}
		}

	}

}
