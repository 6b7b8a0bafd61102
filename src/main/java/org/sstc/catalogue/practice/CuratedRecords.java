package org.sstc.catalogue.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the curated records of a compendium from the classpath folder
 * {@code db/practices/<code>/}: one {@code compendium.yml} and one {@code NN-slug.yml}
 * per practice. Unknown keys are errors, so that a misspelt field never drops text
 * silently.
 */
public final class CuratedRecords {

	private static final String HEADER_FILE = "compendium.yml";

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private CuratedRecords() {
	}

	public static CuratedCompendium read(String compendiumCode) {
		String folder = "classpath*:db/practices/" + compendiumCode + "/";
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			Resource[] files = resolver.getResources(folder + "*.yml");
			Resource headerFile = Arrays.stream(files)
				.filter((file) -> HEADER_FILE.equals(file.getFilename()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + HEADER_FILE + " in " + folder));
			CuratedCompendium.Header header = parse(headerFile, CuratedCompendium.Header.class);
			List<PracticeContent> practices = Arrays.stream(files)
				.filter((file) -> !HEADER_FILE.equals(file.getFilename()))
				.sorted(Comparator.comparing((Resource file) -> Objects.requireNonNull(file.getFilename())))
				.map((file) -> parse(file, PracticeContent.class))
				.toList();
			return new CuratedCompendium(header.code(), header.title(), header.biennium(), header.publisher(),
					header.preface(), practices);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the curated records in " + folder, ex);
		}
	}

	private static <T> T parse(Resource file, Class<T> type) {
		try (InputStream in = file.getInputStream()) {
			return YAML.readValue(in, type);
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("Cannot read curated record " + file.getFilename() + ": " + ex.getMessage(),
					ex);
		}
	}

}
