package org.sstc.catalogue.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's resident memory, read from /proc every 250 ms on a thread of its own, so that short peaks (an index
 * build, a burst of requests) are seen. A resident set has an anonymous part (heap, metaspace, code, thread stacks,
 * malloc) and a file-backed part (the jar, and the Lucene index that Lucene maps into memory): the kernel can drop
 * file pages under memory pressure but not anonymous ones, so the report shows both.
 */
final class ResidentMemory {

	private static final long INTERVAL_MILLIS = 250;

	private final ScheduledExecutorService executor;

	private final List<Sample> samples = new ArrayList<>();

	private ResidentMemory(ScheduledExecutorService executor) {
		this.executor = executor;
	}

	static ResidentMemory sample(long pid) {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "benchmark-rss-sampler");
			thread.setDaemon(true);
			return thread;
		});
		ResidentMemory memory = new ResidentMemory(executor);
		executor.scheduleAtFixedRate(() -> {
			Rss rss = Rss.read(pid);
			if (rss.known()) {
				synchronized (memory.samples) {
					memory.samples.add(new Sample(System.nanoTime(), rss));
				}
			}
		}, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
		return memory;
	}

	void stop() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(5, TimeUnit.SECONDS);
	}

	/** The samples taken between two instants of {@link System#nanoTime()}. */
	Summary between(long fromNanos, long toNanos) {
		List<Rss> window = new ArrayList<>();
		synchronized (this.samples) {
			for (Sample sample : this.samples) {
				if (sample.nanos() >= fromNanos && sample.nanos() <= toNanos) {
					window.add(sample.rss());
				}
			}
		}
		return Summary.of(window);
	}

	private record Sample(long nanos, Rss rss) {
	}

	/** The largest resident set of a phase and its median ("typical"), with the number of samples. */
	record Summary(Rss max, Rss typical, int samples) {

		static final Summary NONE = new Summary(Rss.UNKNOWN, Rss.UNKNOWN, 0);

		static Summary of(List<Rss> window) {
			if (window.isEmpty()) {
				return NONE;
			}
			List<Rss> sorted = new ArrayList<>(window);
			sorted.sort(Comparator.comparingLong(Rss::total));
			return new Summary(sorted.get(sorted.size() - 1), sorted.get((sorted.size() - 1) / 2), sorted.size());
		}

		/** "max / typical" in MB, the max with its anonymous and file-backed parts. */
		String describe() {
			return (this.samples == 0) ? "n/a" : this.max.describe() + " / " + this.typical.megabytes();
		}

	}

	/** A resident set in bytes; -1 where unknown. */
	record Rss(long total, long anon, long file) {

		static final Rss UNKNOWN = new Rss(-1, -1, -1);

		static Rss read(long pid) {
			long total = -1;
			long anon = -1;
			long file = -1;
			try {
				for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
					if (line.startsWith("VmRSS:")) {
						total = kilobytes(line);
					}
					else if (line.startsWith("RssAnon:")) {
						anon = kilobytes(line);
					}
					else if (line.startsWith("RssFile:")) {
						file = kilobytes(line);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// no /proc (not Linux) or the process has just exited
			}
			return new Rss(total, anon, file);
		}

		private static long kilobytes(String line) {
			return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
		}

		boolean known() {
			return this.total >= 0;
		}

		double totalMegabytes() {
			return this.total / 1048576.0;
		}

		String megabytes() {
			return known() ? String.format(Locale.ROOT, "%.0f", totalMegabytes()) : "n/a";
		}

		/** Total, then anonymous + file-backed, in MB. */
		String describe() {
			if (!known()) {
				return "n/a";
			}
			return (this.anon < 0 || this.file < 0) ? megabytes() : String.format(Locale.ROOT, "%s (%.0f + %.0f)",
					megabytes(), this.anon / 1048576.0, this.file / 1048576.0);
		}

	}

}
