package org.sstc.catalogue.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.sstc.catalogue.benchmark.CatalogueServer.Startup;
import org.sstc.catalogue.benchmark.Measurement.Target;

/**
 * The run's report in Markdown: every measurement, the ratios to the static-file floor and to the PostgreSQL peer,
 * start-up, index build and memory, who had the CPUs, and each budget line of issue 10 with whether it is met and by
 * how much it misses otherwise.
 */
final class BenchmarkReport {

	private static final int BUDGET_SMALL = 30;

	private static final int BUDGET_LARGE = 100_000;

	private final BenchmarkSettings settings;

	private final String header;

	private final List<SizeResult> results;

	private final StringBuilder out = new StringBuilder();

	/** @param header the run's circumstances: date, build, machine, search pool */
	BenchmarkReport(BenchmarkSettings settings, String header, List<SizeResult> results) {
		this.settings = settings;
		this.header = header;
		this.results = results;
	}

	String render() {
		line("## Search benchmark");
		line("");
		line(this.header);
		line("");
		line("Server: `%s`. Every measured search is a different one (query text × filters × sort × "
				+ "size × page); clients run a closed loop (each sends its next request when the previous one is "
				+ "answered) for %ds per measurement, after a %ds warm-up on other searches.",
				this.settings.describeServerOptions(), this.settings.duration().toSeconds(),
				this.settings.warmup().toSeconds());
		line("");
		measurements();
		ratios();
		startup();
		cpu();
		budget();
		return this.out.toString();
	}

	private void measurements() {
		line("### Throughput and latency");
		line("");
		line("| Practices | What | Clients | Answered | Req/s | Median (ms) | p90 (ms) | p99 (ms) | Max (ms) "
				+ "| Errors | Found nothing | Server CPU per request (ms) |");
		line("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (SizeResult result : this.results) {
			for (Measurement m : result.measurements()) {
				line("| %,d | %s | %d | %,d | %s | %s | %s | %s | %s | %d | %s | %s |", result.records(),
						m.target().label, m.clients(), m.latencies().length, rate(m.throughput()),
						Measurement.format(m.millis(50)), Measurement.format(m.millis(90)),
						Measurement.format(m.millis(99)), Measurement.format(m.millis(100)), m.errors(),
						(m.empty() < 0) ? "" : percent(m.empty(), m.latencies().length),
						(m.target() == Target.PEER) ? "" : m.load().serverMillisPer(m.latencies().length));
			}
		}
		line("");
		line("\"Found nothing\": the share of the peer's searches with no match (the catalogue's own matching differs: "
				+ "stemming, synonyms, spelling). Server CPU per request hardly depends on who else wants the cores.");
		for (SizeResult result : this.results) {
			for (Measurement m : result.measurements()) {
				if (m.firstError() != null) {
					line("");
					line("First error at %,d practices, %s with %d clients: `%s`", result.records(), m.target().label,
							m.clients(), m.firstError());
				}
			}
		}
		line("");
	}

	private void ratios() {
		line("### Ratios");
		line("");
		line("| Practices | API ÷ static, %1$d clients | Page ÷ static, %1$d clients | API ÷ peer, 1 client "
				+ "| API ÷ peer, %1$d clients | Peer median ÷ API median, 1 client |", this.settings.clients());
		line("|---:|---:|---:|---:|---:|---:|");
		for (SizeResult result : this.results) {
			line("| %,d | %s | %s | %s | %s | %s |", result.records(),
					percent(ratio(result, Target.API, false, Target.STATIC, false)),
					percent(ratio(result, Target.PAGE, false, Target.STATIC, false)),
					times(ratio(result, Target.API, true, Target.PEER, true)),
					times(ratio(result, Target.API, false, Target.PEER, false)), times(medianRatio(result)));
		}
		line("");
	}

	private void startup() {
		line("### Start-up, index and memory");
		line("");
		line("Times from the process start: until the search page answers (with results, or with a 503 saying that "
				+ "search is being prepared), then until a search counts every practice (the index is complete). "
				+ "\"Logged\": the server's own \"Indexed N practices in M ms\". \"Busy after\": how long the server "
				+ "went on working by itself (reading the collection's names and passages in the background); the "
				+ "measurements begin once the restarted server is quiet. RSS in MB: max (anonymous + "
				+ "file-backed) / typical (median of the samples, every 250 ms). The home page is asked once, after the "
				+ "measurements.");
		line("");
		line("| Practices | First start, empty database (s) | Synthetic data (s) | No index: search page answers (s) "
				+ "| No index: index complete (s) | Logged build (s) | Busy after the build (s) "
				+ "| Restart: search page answers (s) | Restart: search counts all (s) | Busy after the restart (s) "
				+ "| Peer build (s) |");
		line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (SizeResult result : this.results) {
			line("| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", result.records(),
					seconds(result.firstStart().indexComplete()), seconds(result.syntheticInsert()),
					seconds(result.noIndexStart().firstPage()), seconds(result.noIndexStart().indexComplete()),
					logged(result.noIndexStart()), seconds(result.busyAfterBuild()),
					seconds(result.restart().firstPage()), seconds(result.restart().indexComplete()),
					seconds(result.busyAfterRestart()), seconds(result.peerBuild()));
		}
		line("");
		line("| Practices | RSS, start with no index until the search page answers | RSS, index build | RSS, restart "
				+ "| RSS, warm-up and measurements | Home page | Out of memory in a server's log |");
		line("|---:|---|---|---|---|---|---|");
		for (SizeResult result : this.results) {
			line("| %,d | %s | %s | %s | %s | %s | %s |", result.records(), result.rssStartup().describe(),
					result.rssBuild().describe(), result.rssRestart().describe(), result.rssLoad().describe(),
					home(result.homePage()), result.outOfMemory() ? "**yes**" : "no");
		}
		line("");
	}

	private void cpu() {
		line("### Who had the CPUs");
		line("");
		line("Cores used during each measurement by the server / its PostgreSQL backends / the benchmark's clients / "
				+ "everything else on the machine, and the load average at its end.");
		line("");
		line("| Practices | What | Clients | Cores: server / database / clients / other | Load average |");
		line("|---:|---|---:|---|---|");
		boolean busy = false;
		for (SizeResult result : this.results) {
			for (Measurement m : result.measurements()) {
				line("| %,d | %s | %d | %s | %s |", result.records(), m.target().label, m.clients(),
						m.load().describe(), m.load().loadAverage());
				busy |= m.load().otherCores() > MachineLoad.BUSY_MACHINE_CORES;
			}
		}
		line("");
		if (busy) {
			line("Other processes used more than %.1f cores during some measurements: their latencies and throughputs "
					+ "are worse than on a quiet machine, and ratios measured minutes apart are noisier.",
					MachineLoad.BUSY_MACHINE_CORES);
			line("");
		}
	}

	private void budget() {
		line("### Budget (issue 10)");
		line("");
		line("| Budget line | Measured | Met |");
		line("|---|---:|---|");
		SizeResult small = size(BUDGET_SMALL);
		String loaded = this.settings.clients() + " clients";
		if (small == null) {
			notRun("30 practices");
		}
		else {
			atLeast("30 practices, " + loaded + ": API throughput ≥ 30 % of the static file's",
					ratio(small, Target.API, false, Target.STATIC, false), 0.30, "%");
			atLeast("30 practices, " + loaded + ": search page ≥ 20 % of the static file's",
					ratio(small, Target.PAGE, false, Target.STATIC, false), 0.20, "%");
			atMost("30 practices, " + loaded + ": API p99 ≤ 40 ms", percentile(small, Target.API, false, 99), 40);
			atMost("30 practices: API alone, median ≤ 4 ms", percentile(small, Target.API, true, 50), 4);
		}
		SizeResult large = size(BUDGET_LARGE);
		if (large == null) {
			notRun("100,000 practices");
		}
		else {
			atMost("100,000: API alone, median ≤ 10 ms", percentile(large, Target.API, true, 50), 10);
			atLeast("100,000: API alone ≥ 10 × the PostgreSQL peer's single-client throughput",
					ratio(large, Target.API, true, Target.PEER, true), 10, "×");
			atLeast("100,000, " + loaded + ": API ≥ 100 req/s", throughput(large, Target.API), 100, "req/s");
			atMost("100,000, " + loaded + ": API p99 ≤ 250 ms", percentile(large, Target.API, false, 99), 250);
			atLeast("100,000, " + loaded + ": search page ≥ 100 req/s (reading the line as covering the page too)",
					throughput(large, Target.PAGE), 100, "req/s");
			atMost("100,000, " + loaded + ": search page p99 ≤ 250 ms (idem)",
					percentile(large, Target.PAGE, false, 99), 250);
			atMost("100,000: resident memory ≤ 400 MB (max of start-up, build, restart and load)",
					large.maxRssMegabytes(), 400, "MB");
			atMost("100,000: index complete ≤ 60 s after a start with no index",
					large.noIndexStart().indexComplete().toMillis() / 1000.0, 60, "s");
			atMost("100,000: a start with no index answers pages (the search page) within 15 s",
					large.noIndexStart().firstPage().toMillis() / 1000.0, 15, "s");
			atMost("100,000: a restart with an up-to-date index answers searches within 15 s",
					large.restart().indexComplete().toMillis() / 1000.0, 15, "s");
		}
		line("| Relevance of the three judged sets; bad input gets no error | not measured here "
				+ "(`SearchRelevanceTests`, `SearchInputTests`) | |");
		line("");
	}

	private void atLeast(String budget, double measured, double limit, String unit) {
		String shown = "%".equals(unit) ? percent(measured) : "×".equals(unit) ? times(measured) : rate(measured);
		if (Double.isNaN(measured)) {
			line("| %s | n/a | not measured |", budget);
		}
		else if (measured >= limit) {
			line("| %s | %s | yes |", budget, shown);
		}
		else {
			line("| %s | %s | **no**: needs %.1f× as much |", budget, shown, limit / measured);
		}
	}

	private void atMost(String budget, double measuredMillis, double limitMillis) {
		atMost(budget, measuredMillis, limitMillis, "ms");
	}

	private void atMost(String budget, double measured, double limit, String unit) {
		String shown = ("ms".equals(unit) ? Measurement.format(measured) : String.format(Locale.ROOT, "%.1f", measured))
				+ " " + unit;
		if (Double.isNaN(measured)) {
			line("| %s | n/a | not measured |", budget);
		}
		else if (measured <= limit) {
			line("| %s | %s | yes |", budget, shown);
		}
		else {
			line("| %s | %s | **no**: %.1f %s over (%.1f× the limit) |", budget, shown, measured - limit, unit,
					measured / limit);
		}
	}

	private void notRun(String size) {
		line("| Every line at %s | not measured: not in `-Dbenchmark.records`, or the run failed there (see its "
				+ "log) | |", size);
	}

	private SizeResult size(int records) {
		return this.results.stream().filter((result) -> result.records() == records).findFirst().orElse(null);
	}

	private static double ratio(SizeResult result, Target target, boolean alone, Target floor, boolean floorAlone) {
		Measurement measured = result.find(target, alone);
		Measurement base = result.find(floor, floorAlone);
		if (measured == null || base == null || base.throughput() == 0) {
			return Double.NaN;
		}
		return measured.throughput() / base.throughput();
	}

	private static double medianRatio(SizeResult result) {
		Measurement api = result.find(Target.API, true);
		Measurement peer = result.find(Target.PEER, true);
		return (api == null || peer == null) ? Double.NaN : peer.millis(50) / api.millis(50);
	}

	private static double percentile(SizeResult result, Target target, boolean alone, double percent) {
		Measurement measured = result.find(target, alone);
		return (measured == null) ? Double.NaN : measured.millis(percent);
	}

	private static double throughput(SizeResult result, Target target) {
		Measurement measured = result.find(target, false);
		return (measured == null) ? Double.NaN : measured.throughput();
	}

	private static String percent(double ratio) {
		return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
	}

	private static String percent(long part, long whole) {
		return (whole == 0) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
	}

	private static String times(double ratio) {
		if (Double.isNaN(ratio)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, (ratio >= 10) ? "%.0f×" : (ratio >= 0.1) ? "%.2f×" : "%.4f×", ratio);
	}

	private static String rate(double perSecond) {
		return Double.isNaN(perSecond) ? "n/a" : String.format(Locale.ROOT, (perSecond < 10) ? "%.1f" : "%,.0f",
				perSecond);
	}

	private static String seconds(Duration duration) {
		return (duration == null) ? "n/a" : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
	}

	private static String home(CatalogueServer.HomePage home) {
		if (home.status() == 0) {
			return "**no answer** (" + home.failure() + ")";
		}
		String answer = String.format(Locale.ROOT, "%d in %s s", home.status(), seconds(home.took()));
		return (home.status() == 200) ? answer : "**" + answer + "**";
	}

	private static String logged(Startup startup) {
		return (startup.logged() == null) ? "none" : String.format(Locale.ROOT, "%.1f (%,d)",
				startup.logged().millis() / 1000.0, startup.logged().practices());
	}

	private void line(String format, Object... arguments) {
		this.out.append((arguments.length == 0) ? format : String.format(Locale.ROOT, format, arguments)).append('\n');
	}

}
