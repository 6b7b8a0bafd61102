package org.sstc.catalogue.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Who had the CPUs during a measurement, from /proc, in clock ticks: the server, the benchmark database's PostgreSQL
 * backends, this JVM (the clients) and the whole machine. The benchmark shares the machine with the server and, on a
 * developers' machine, with other work, so a latency means little without knowing who had the cores meanwhile.
 */
record MachineLoad(long server, long database, long self, long machineBusy, long machineTotal, int cpus, long nanos,
		String loadAverage) {

	/** Linux's USER_HZ, the unit of the CPU times in /proc: 100 on every mainstream architecture. */
	private static final double CLOCK_TICKS_PER_SECOND = 100;

	/** CPU used by other processes above which a measurement says the machine was not quiet. */
	static final double BUSY_MACHINE_CORES = 0.2;

	/** @param serverPid the server's process, or -1 when no server is measured */
	static MachineLoad read(long serverPid, String databaseName) {
		String loadAverage = currentLoadAverage();
		try {
			String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < machine.length; i++) {
				total += Long.parseLong(machine[i]);
			}
			// guest time is already counted in user time; idle and iowait are the fourth and fifth numbers
			long guest = (machine.length > 10) ? Long.parseLong(machine[9]) + Long.parseLong(machine[10]) : 0;
			total -= guest;
			long idle = Long.parseLong(machine[4]) + Long.parseLong(machine[5]);
			long server = (serverPid > 0) ? processTicks(Long.toString(serverPid)) : 0;
			return new MachineLoad(server, backendTicks(databaseName), processTicks("self"), total - idle, total,
					Runtime.getRuntime().availableProcessors(), System.nanoTime(), loadAverage);
		}
		catch (IOException | RuntimeException ex) {
			return new MachineLoad(-1, -1, -1, -1, -1, 0, System.nanoTime(), loadAverage);
		}
	}

	/** The 1-, 5- and 15-minute load averages, e.g. "3.12 2.80 2.01". */
	static String currentLoadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "n/a";
		}
	}

	/**
	 * The PostgreSQL backends serving the benchmark's database, found by the database name PostgreSQL puts in their
	 * command line. Other databases on the same server (other people's tests) count as other processes.
	 */
	private static long backendTicks(String databaseName) throws IOException {
		long ticks = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
					if (command.startsWith("postgres:") && command.contains(" " + databaseName + " ")) {
						ticks += processTicks(process.getFileName().toString());
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended or is not readable: not one of the benchmark's backends
				}
			}
		}
		return ticks;
	}

	static long processTicks(String pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", pid, "stat"));
		// the fields after the command name, which is in parentheses and may contain spaces: utime is the 12th
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** What was used from an earlier reading to this one; the load average is this one's. */
	MachineLoad since(MachineLoad earlier) {
		return new MachineLoad(this.server - earlier.server, this.database - earlier.database, this.self - earlier.self,
				this.machineBusy - earlier.machineBusy, this.machineTotal - earlier.machineTotal, this.cpus,
				this.nanos - earlier.nanos, this.loadAverage);
	}

	boolean known() {
		return this.machineTotal > 0 && this.server >= 0;
	}

	private double cores(long ticks) {
		return ticks / CLOCK_TICKS_PER_SECOND / (this.nanos / 1e9);
	}

	/** Cores used by everything but the server, its database backends and the clients. */
	double otherCores() {
		if (!known()) {
			return 0;
		}
		// /proc/stat counts all CPUs; its share of busy time scaled to cores avoids mixing tick sources
		double machine = (double) this.machineBusy / this.machineTotal * this.cpus;
		return Math.max(0, machine - cores(this.server) - cores(this.database) - cores(this.self));
	}

	/** The server's CPU time per request: unlike a latency, it hardly depends on who else wants the cores. */
	String serverMillisPer(long requests) {
		if (!known() || requests == 0 || this.server == 0) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%.1f", this.server * 1000 / CLOCK_TICKS_PER_SECOND / requests);
	}

	/** Cores used by the server, the database, the clients and everything else. */
	String describe() {
		return known() ? String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f", cores(this.server),
				cores(this.database), cores(this.self), otherCores()) : "n/a";
	}

}
