package org.sstc.catalogue.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.store.LockObtainFailedException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second run of the catalogue on a data folder that a first one uses: it stops before
 * touching the first one's PostgreSQL, and start-up ends in one line that names the
 * folder and says what to do.
 */
class DataDirectoryInUseTests {

	@TempDir
	Path data;

	@Test
	void aFolderWhoseLockAnotherProcessHoldsIsRefused() throws Exception {
		Path lockFile = Files.writeString(this.data.resolve(EmbeddedDatabaseConfiguration.ZONKY_LOCK_FILE), "");
		Process holder = holdLock(lockFile);
		try {
			assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.refuseIfInUse(this.data))
				.isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining(this.data.toAbsolutePath().toString());
		}
		finally {
			holder.destroy();
			holder.onExit().get(30, TimeUnit.SECONDS);
		}
		assertThatCode(() -> EmbeddedDatabaseConfiguration.refuseIfInUse(this.data))
			.as("once the other run has ended, however it ended")
			.doesNotThrowAnyException();
	}

	@Test
	void aFolderThisProcessHoldsIsRefusedToo() throws IOException {
		Path lockFile = Files.writeString(this.data.resolve(EmbeddedDatabaseConfiguration.ZONKY_LOCK_FILE), "");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.refuseIfInUse(this.data))
				.isInstanceOf(DataDirectoryInUseException.class);
		}
	}

	@Test
	void aNewFolderIsNotTouched() throws IOException {
		EmbeddedDatabaseConfiguration.refuseIfInUse(this.data);
		try (var files = Files.list(this.data)) {
			assertThat(files).as("initdb needs an empty folder").isEmpty();
		}
	}

	@Test
	void theFailureIsOneLineThatSaysWhatToDo() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.jpa.properties.hibernate.search.backend.directory.root", "/data/index");
		DataDirectoryInUseFailureAnalyzer analyzer = new DataDirectoryInUseFailureAnalyzer(environment);

		FailureAnalysis folder = analyzer.analyze(new IllegalStateException("bean creation failed",
				new DataDirectoryInUseException(Path.of("/data/postgres"))));
		assertThat(folder.getDescription())
			.isEqualTo("The data folder /data/postgres is in use by another run of the catalogue.");
		assertThat(folder.getAction()).contains("CATALOGUE_DATA_DIRECTORY");

		// as Hibernate Search reports it at start-up
		SearchException index = new SearchException("HSEARCH000284: Unable to open index readers",
				new LockObtainFailedException("Lock held by another program: /data/index/practice/write.lock"));
		FailureAnalysis lucene = analyzer.analyze(new IllegalStateException("context failed", index));
		assertThat(lucene.getDescription()).isEqualTo("The search index in /data/index is in use by another run of the "
				+ "catalogue (Lock held by another program: /data/index/practice/write.lock).");
		assertThat(lucene.getDescription()).doesNotContain("\n");

		SearchException collected = new SearchException("HSEARCH000520: Hibernate Search encountered failures");
		collected.addSuppressed(new LockObtainFailedException("Lock held by another program: /x/write.lock"));
		assertThat(analyzer.analyze(collected)).as("a failure Hibernate Search collected").isNotNull();

		assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

	/**
	 * Another JVM that locks the file as a running catalogue does, and says when it holds
	 * the lock.
	 */
	private static Process holdLock(Path lockFile) throws IOException {
		Path source = Files.writeString(lockFile.resolveSibling("HoldLock.java"), """
				import java.nio.channels.FileChannel;
				import java.nio.file.Path;
				import java.nio.file.StandardOpenOption;
				public class HoldLock {
				  public static void main(String[] args) throws Exception {
				    FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
				    channel.lock();
				    System.out.println("locked");
				    System.out.flush();
				    Thread.sleep(120_000);
				  }
				}
				""");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, source.toString(), lockFile.toString()).redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		// blocks until the other JVM has the lock (or has ended)
		String line = output.readLine();
		assertThat(line).as("the other process").isEqualTo("locked");
		return process;
	}

}
