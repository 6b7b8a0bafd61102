package org.sstc.catalogue.benchmark;

import java.util.Arrays;
import java.util.Locale;

/**
 * One measured load: how many requests were answered in how long, their latencies, errors, and who
 * had the CPUs meanwhile.
 *
 * @param target what was asked
 * @param clients how many clients asked at once (each sends its next request when the previous one is answered)
 * @param seconds how long it lasted
 * @param latencies the answered requests' latencies in nanoseconds, sorted
 * @param errors requests that failed (not 200, or no answer within the timeout)
 * @param empty answers that found nothing (known for the peer only; -1 otherwise)
 * @param firstError the first failure, or null
 * @param load who had the CPUs
 */
record Measurement(Target target, int clients, double seconds, long[] latencies, long errors, long empty,
		 String firstError, MachineLoad load) {

	double throughput() {
		return this.latencies.length / this.seconds;
	}

	/** Nearest-rank percentile in milliseconds; NaN when nothing was answered. */
	double millis(double percent) {
		if (this.latencies.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * this.latencies.length);
		return this.latencies[Math.min(this.latencies.length, Math.max(1, rank)) - 1] / 1e6;
	}

	static String format(double millis) {
		return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, (millis < 10) ? "%.2f" : "%.1f", millis);
	}

	/** What a measurement asks for. */
	enum Target {

		API("API `/api/practices`"), PAGE("Page `/practices`"), STATIC("Static file"),
		PEER("PostgreSQL FTS peer (JDBC)");

		final String label;

		Target(String label) {
			this.label = label;
		}

	}

	/** Every latency of one client, in a growing array rather than boxed longs. */
	static final class Latencies {

		private long[] values = new long[1024];

		private int size;

		void add(long nanos) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = nanos;
		}

		static long[] sortedUnion(Latencies[] all) {
			int total = 0;
			for (Latencies latencies : all) {
				total += latencies.size;
			}
			long[] merged = new long[total];
			int at = 0;
			for (Latencies latencies : all) {
				System.arraycopy(latencies.values, 0, merged, at, latencies.size);
				at += latencies.size;
			}
			Arrays.sort(merged);
			return merged;
		}

	}

}
