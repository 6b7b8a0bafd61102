package org.sstc.catalogue.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/start-catalogue}, the production start: it unpacks a jar once, writes the
 * class archive at the first start and maps it at every later one. Run with a stand-in
 * for {@code java} that unpacks as Spring Boot's tools do and records how it was started,
 * so that what the script decides is seen without starting the catalogue (the benchmark
 * starts the real one through it).
 */
@Tag("unit")
class StartScriptTests {

	private static final String FAKE_JAVA = """
			#!/bin/sh
			if [ "$1" = "-Djarmode=tools" ]; then
			  jar=$3
			  destination=$6
			  mkdir -p "$destination"
			  cp "$jar" "$destination/$(basename "$jar")"
			  exit 0
			fi
			echo "$@" > "$STARTED"
			""";

	@TempDir
	Path directory;

	private Path jar;

	@BeforeEach
	void fakeJavaAndJar() throws IOException {
		Path java = this.directory.resolve("jdk/bin/java");
		Files.createDirectories(java.getParent());
		Files.writeString(java, FAKE_JAVA, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		this.jar = this.directory.resolve("sstc-catalogue.jar");
		Files.writeString(this.jar, "version one");
	}

	@Test
	void theFirstStartUnpacksTheJarAndWritesTheArchiveWhenItStops() throws Exception {
		String started = start(Map.of(), "--server.port=8090");

		Path application = onlyApplicationFolder();
		assertThat(application.resolve("sstc-catalogue.jar")).hasContent("version one");
		assertThat(started).contains("-XX:ArchiveClassesAtExit=" + application.resolve("classes.jsa"))
			.doesNotContain("SharedArchiveFile")
			.contains("-Xmx256m -Xms48m -XX:+UseSerialGC")
			.endsWith("-jar " + application.resolve("sstc-catalogue.jar") + " --server.port=8090");
	}

	@Test
	void aLaterStartMapsTheArchiveOfTheFirst() throws Exception {
		start(Map.of());
		Path application = onlyApplicationFolder();
		Files.writeString(application.resolve("classes.jsa"), "archive");

		String started = start(Map.of());

		assertThat(onlyApplicationFolder()).isEqualTo(application);
		assertThat(started).contains("-XX:SharedArchiveFile=" + application.resolve("classes.jsa"))
			.doesNotContain("ArchiveClassesAtExit");
	}

	@Test
	void aNewJarGetsAFolderAndAnArchiveOfItsOwn() throws Exception {
		start(Map.of());
		Path first = onlyApplicationFolder();
		Files.writeString(first.resolve("classes.jsa"), "archive of version one");
		Files.writeString(this.jar, "version two");

		String started = start(Map.of());

		Path second = onlyApplicationFolder();
		assertThat(second).isNotEqualTo(first);
		assertThat(first).doesNotExist();
		assertThat(second.resolve("sstc-catalogue.jar")).hasContent("version two");
		assertThat(started).contains("-XX:ArchiveClassesAtExit=" + second.resolve("classes.jsa"));
	}

	@Test
	void theJavaOptionsCanBeReplaced() throws Exception {
		String started = start(Map.of("CATALOGUE_JAVA_OPTIONS", "-Xmx1g -XX:+UseG1GC"));

		assertThat(started).startsWith("-Xmx1g -XX:+UseG1GC -XX:ArchiveClassesAtExit=").doesNotContain("-Xmx256m");
	}

	private String start(Map<String, String> environment, String... arguments) throws Exception {
		Path started = this.directory.resolve("started.txt");
		Files.deleteIfExists(started);
		ProcessBuilder builder = new ProcessBuilder(
				concat(List.of(Path.of("deploy/start-catalogue").toAbsolutePath().toString(), this.jar.toString()),
						List.of(arguments)))
			.redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", this.directory.resolve("jdk").toString());
		builder.environment().put("CATALOGUE_APPLICATION_DIRECTORY", this.directory.resolve("application").toString());
		builder.environment().put("STARTED", started.toString());
		builder.environment().remove("CATALOGUE_JAVA_OPTIONS");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return Files.readString(started).strip();
	}

	private Path onlyApplicationFolder() throws IOException {
		try (var folders = Files.list(this.directory.resolve("application"))) {
			List<Path> found = folders.toList();
			assertThat(found).hasSize(1);
			return found.get(0);
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
