package org.sstc.catalogue.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL from the binaries of a Maven artifact when no other database is
 * configured. The server and its connection details are beans, so the server stops after
 * the connection pool at shutdown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DatabaseMode.PROPERTY, havingValue = "EMBEDDED")
class EmbeddedDatabaseConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * The file in the data folder that zonky's EmbeddedPostgres locks while its server
	 * runs.
	 */
	static final String ZONKY_LOCK_FILE = "epg-lock";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		// zonky deletes a clean data directory when the server closes
		Path dataDirectory = properties.ephemeral() ? Files.createTempDirectory("catalogue-postgres")
				: properties.dataDirectory();
		Files.createDirectories(dataDirectory);
		refuseIfInUse(dataDirectory);
		stopLeftoverServer(dataDirectory);
		logger.info("Starting embedded PostgreSQL with its data in {}", dataDirectory.toAbsolutePath());
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(properties.ephemeral())
				.setPort(properties.port())
				.setPGStartupWait(Duration.ofSeconds(60))
				// zonky turns durability off for throwaway test data; the catalogue's
				// data is kept
				.setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
				.setServerConfig("synchronous_commit", properties.ephemeral() ? "off" : "on")
				.setServerConfig("full_page_writes", properties.ephemeral() ? "off" : "on")
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new DatabaseUnavailableException("the embedded PostgreSQL could not start in "
					+ dataDirectory.toAbsolutePath() + " (" + ex.getMessage() + ")", ex);
		}
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl("postgres", "postgres");
			}

		};
	}

	/**
	 * Another run that uses this folder holds zonky's lock file in it for as long as it
	 * runs (the operating system releases it when that process ends, however it ends):
	 * then this run stops here, before it could take the other one's server for a
	 * leftover and stop it.
	 */
	static void refuseIfInUse(Path dataDirectory) {
		Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
		if (!Files.isRegularFile(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new DataDirectoryInUseException(dataDirectory);
			}
			lock.release();
		}
		catch (OverlappingFileLockException ex) {
			// held by this very process: another application context of the same JVM
			throw new DataDirectoryInUseException(dataDirectory);
		}
		catch (IOException ex) {
			logger.warn("Could not check whether another run uses {}: {}", dataDirectory, ex.getMessage());
		}
	}

	/**
	 * A server left running by a killed application would make this start wait on its
	 * lock file: stop it first. (A dead process's lock file is recovered by PostgreSQL
	 * itself.)
	 */
	private static void stopLeftoverServer(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try {
			String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
			Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(firstLine));
			leftover.filter(ProcessHandle::isAlive).ifPresent((process) -> {
				logger.warn("Stopping a PostgreSQL server (pid {}) left running on {}", process.pid(), dataDirectory);
				process.destroy();
				process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
			});
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not check for a leftover PostgreSQL server in {}: {}", dataDirectory, ex.getMessage());
		}
	}

}
