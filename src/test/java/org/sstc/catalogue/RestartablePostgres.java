package org.sstc.catalogue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL of a test's own, on a data folder and a port of its own, which the test
 * can stop and start again on the same folder and port: never the machine's server, and
 * never the database that the other tests share.
 */
public final class RestartablePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private final String jdbcUrl;

	private EmbeddedPostgres server;

	private RestartablePostgres(Path dataDirectory, int port) throws IOException {
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.server = startServer();
		this.jdbcUrl = this.server.getJdbcUrl("postgres", "postgres");
	}

	public static RestartablePostgres start() throws IOException {
		return new RestartablePostgres(Files.createTempDirectory("test-postgres"), freePort());
	}

	/**
	 * A port free now, below the range the system gives outgoing connections (32768 and
	 * up on Linux): a port from {@code new ServerSocket(0)} comes from that range, and on
	 * a busy machine a client connection took it during the seconds initdb runs, so that
	 * PostgreSQL could not listen and the start hung talking to that connection's peer.
	 */
	private static int freePort() throws IOException {
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(20000, 32000);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return port;
			}
			catch (IOException taken) {
				// try another
			}
		}
		throw new IOException("No free port between 20000 and 32000");
	}

	/**
	 * The same while it is stopped and after it starts again; user and password
	 * {@code postgres}.
	 */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public void stop() throws IOException {
		this.server.close();
		this.server = null;
	}

	public void startAgain() throws IOException {
		this.server = startServer();
	}

	private EmbeddedPostgres startServer() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(this.port)
			.start();
	}

	@Override
	public void close() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

}
