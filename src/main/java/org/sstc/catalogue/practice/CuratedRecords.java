package org.sstc.catalogue.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import com.fasterxml.jackson.annotation.JsonValue;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads the curated records of a compendium from the classpath folder
 * {@code db/practices/<code>/}: one {@code compendium.yml} and one {@code NN-slug.yml}
 * per practice. Unknown keys are errors, so that a misspelt field never drops text
 * silently.
 */
public final class CuratedRecords {

	/** The file of a compendium's folder that describes the compendium itself. */
	public static final String HEADER_FILE = "compendium.yml";

	/** The most characters one file may have: the longest curated record has 40,000. */
	static final int MAX_FILE_CODE_POINTS = 1_000_000;

	/**
	 * Reads curated files, and files uploaded to the bulk import, with limits that a
	 * hostile file cannot get past: no duplicate or recursive keys, a bounded size and
	 * nesting. Jackson never expands aliases (it reads events, not a composed document);
	 * {@link #readUploaded} refuses them outright.
	 */
	private static final YAMLMapper YAML = YAMLMapper
		.builder(YAMLFactory.builder()
			.loadSettings(LoadSettings.builder()
				.setAllowDuplicateKeys(false)
				.setAllowRecursiveKeys(false)
				.setMaxAliasesForCollections(0)
				.setCodePointLimit(MAX_FILE_CODE_POINTS)
				.build())
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
			.build())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		// Jackson reads YAML as a stream of events, past SnakeYAML's own check of keys
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/**
	 * Writes records as the curated files are written: block style, texts of several
	 * lines as literal blocks, quotes only where YAML needs them.
	 */
	private static final YAMLMapper WRITER = YAMLMapper
		.builder(YAMLFactory.builder()
			.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
			.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
			.enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
			.disable(YAMLWriteFeature.SPLIT_LINES)
			.build())
		.addMixIn(Region.class, RegionByName.class)
		.build();

	/**
	 * The curated files name a region as the enum does ({@code ASIA_PACIFIC}), themes and
	 * modalities by their codes; both are read either way.
	 */
	private abstract static class RegionByName {

		@JsonValue(false)
		abstract String code();

	}

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

	/**
	 * A practice's file, as the bulk import receives it: refused with an
	 * {@link IllegalArgumentException} that says why when it is not a curated record.
	 */
	public static PracticeContent readPractice(byte[] file) {
		return readUploaded(file, PracticeContent.class);
	}

	/** A compendium's {@code compendium.yml}, as the bulk import receives it. */
	public static Compendium readCompendium(byte[] file) {
		CuratedCompendium.Header header = readUploaded(file, CuratedCompendium.Header.class);
		return Compendium.of(header.code(),
				new Compendium.Edition(header.title(), header.biennium(), header.publisher(), header.preface()));
	}

	/**
	 * Any other YAML file of an upload (the export's manifest), read with the same
	 * limits.
	 */
	public static <T> T readUploaded(byte[] file, Class<T> type) {
		refuseAliases(file);
		try {
			return YAML.readValue(file, type);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(ex.getOriginalMessage(), ex);
		}
		catch (RuntimeException ex) {
			// SnakeYAML's own refusals (a duplicate key, a file beyond the limits)
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * Anchors and aliases are refused outright: the curated files have none, and a file
	 * that repeats a value through them ("billion laughs") could grow without bound.
	 */
	private static void refuseAliases(byte[] file) {
		try (YAMLParser parser = (YAMLParser) YAML.createParser(file)) {
			while (parser.nextToken() != null) {
				if (parser.isCurrentAlias() || parser.getObjectId() != null) {
					throw new IllegalArgumentException("YAML anchors and aliases are not accepted");
				}
			}
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(ex.getOriginalMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/** A practice as its curated file says it. */
	public static void write(PracticeContent practice, OutputStream out) {
		WRITER.writeValue(out, practice);
	}

	/** A compendium as its {@code compendium.yml} says it. */
	public static void write(Compendium compendium, OutputStream out) {
		WRITER.writeValue(out, new CuratedCompendium.Header(compendium.getCode(), compendium.getTitle(),
				compendium.getBiennium(), compendium.getPublisher(), compendium.getPreface()));
	}

	/** Any other value in the same style (the export's manifest). */
	public static void writeValue(Object value, OutputStream out) {
		WRITER.writeValue(out, value);
	}

	/** The name of a practice's file in its compendium's folder: {@code 07-slug.yml}. */
	public static String fileName(int number, String slug) {
		return String.format(java.util.Locale.ROOT, "%02d-%s.yml", number, slug);
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
