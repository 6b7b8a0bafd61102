package org.sstc.catalogue.benchmark;

import java.time.Duration;
import java.util.List;

import org.sstc.catalogue.benchmark.CatalogueServer.Startup;
import org.sstc.catalogue.benchmark.Measurement.Target;
import org.sstc.catalogue.benchmark.ResidentMemory.Summary;

/**
 * Everything measured at one size.
 *
 * @param records published practices
 * @param firstStart the first start on an empty database (migrations, then an index of the curated practices)
 * @param syntheticInsert how long the synthetic data script took (zero at 30)
 * @param noIndexStart a start with every practice in the database and no index at all
 * @param busyAfterBuild how long that server went on working by itself once its index was complete (reading the
 * collection's names and passages, kept for its restarts)
 * @param restart a start with an up-to-date index
 * @param busyAfterRestart how long the restarted server went on working by itself once searches answered, before the
 * measurements began
 * @param rssStartup resident memory from the start with no index until its first page answered
 * @param rssBuild resident memory from that first page until a search counted every practice
 * @param rssRestart resident memory during the restart
 * @param rssLoad resident memory during the warm-up and the measurements
 * @param peerBuild how long the PostgreSQL peer's table and indexes took to build
 * @param warmup the warm-up, for its errors
 * @param measurements the measured loads
 * @param homePage the home page, asked once after the measurements
 * @param outOfMemory whether a server's log at this size says it ran out of memory
 */
record SizeResult(int records, Startup firstStart, Duration syntheticInsert, Startup noIndexStart,
		Duration busyAfterBuild, Startup restart, Duration busyAfterRestart, Summary rssStartup, Summary rssBuild, Summary rssRestart, Summary rssLoad, Duration peerBuild,
		List<Measurement> warmup, List<Measurement> measurements, CatalogueServer.HomePage homePage,
		boolean outOfMemory) {

	/** The measurement of a target with one client, or with more than one; null if it was not made. */
	Measurement find(Target target, boolean alone) {
		return this.measurements.stream()
			.filter((m) -> m.target() == target && (m.clients() == 1) == alone)
			.findFirst()
			.orElse(null);
	}

	/** The largest resident set seen at this size, in MB; NaN if none was read. */
	double maxRssMegabytes() {
		return List.of(this.rssStartup, this.rssBuild, this.rssRestart, this.rssLoad)
			.stream()
			.filter((summary) -> summary.samples() > 0)
			.mapToDouble((summary) -> summary.max().totalMegabytes())
			.max()
			.orElse(Double.NaN);
	}

}
