package org.sstc.catalogue.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.practice.CuratedRecords;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import's zip and YAML checks on their own, with small limits: what is refused and
 * what passes.
 */
@Tag("unit")
class ImportArchiveTests {

	static final TransferProperties LIMITS = new TransferProperties(DataSize.ofMegabytes(20), 10,
			DataSize.ofKilobytes(64), DataSize.ofMegabytes(2), 100);

	static final byte[] YAML = "code: x\n".getBytes(StandardCharsets.UTF_8);

	@ParameterizedTest
	@ValueSource(strings = { "../a.yml", "/a.yml", "a\\b.yml", "c/../../a.yml", "C:/a.yml", "c/d/a.yml", "c/a.txt",
			"c/.yml", "c/..yml", "Compendium/a.yml", "c/a.yml\u0000.txt" })
	void namesAnExportNeverMakesAreRefused(String name) {
		assertThatThrownBy(() -> ImportArchive.read(BulkTransferTests.zip(Map.of(name, YAML)), LIMITS))
			.isInstanceOf(RefusedImportException.class)
			.hasMessageContaining("is not one an export makes");
	}

	@Test
	void anExportsNamesPass() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("compendium-2022-2023/compendium.yml", YAML);
		files.put("compendium-2022-2023/07-quality-apprenticeships.yml", YAML);
		files.put("manifest.yml", YAML);
		assertThat(ImportArchive.read(BulkTransferTests.zip(files), LIMITS)).containsOnlyKeys(files.keySet());
	}

	@Test
	void theLimitsAreCountedAsTheZipIsRead() {
		assertThatThrownBy(() -> ImportArchive.read(BulkTransferTests.zip(Map.of("c/a.yml", new byte[70_000])), LIMITS))
			.hasMessageContaining("larger than 64kB uncompressed");
		Map<String, byte[]> many = new LinkedHashMap<>();
		for (int i = 0; i < 11; i++) {
			many.put("c/" + i + ".yml", YAML);
		}
		assertThatThrownBy(() -> ImportArchive.read(BulkTransferTests.zip(many), LIMITS))
			.hasMessageContaining("more than 10 files");
		Map<String, byte[]> zeros = new LinkedHashMap<>();
		for (int i = 0; i < 30; i++) {
			zeros.put("c/" + i + ".yml", new byte[60_000]);
		}
		// past its first megabyte, which may grow freely
		TransferProperties moreFiles = new TransferProperties(DataSize.ofMegabytes(20), 100, DataSize.ofKilobytes(64),
				DataSize.ofMegabytes(2), 100);
		assertThatThrownBy(() -> ImportArchive.read(BulkTransferTests.zip(zeros), moreFiles))
			.hasMessageContaining("times the zip's size");
		assertThatThrownBy(() -> ImportArchive.read("PK\u0003\u0004 but no more".getBytes(), LIMITS))
			.isInstanceOf(RefusedImportException.class);
		assertThatThrownBy(() -> ImportArchive.read(new byte[0], LIMITS)).hasMessage("not a zip file");
	}

	@Test
	void uploadedYamlIsReadStrictly() {
		assertThatThrownBy(() -> CuratedRecords.readUploaded("a: &x 1\nb: *x\n".getBytes(), Map.class))
			.hasMessageContaining("anchors and aliases");
		assertThatThrownBy(() -> CuratedRecords.readUploaded("a: 1\na: 2\n".getBytes(), Map.class))
			.hasMessageContaining("uplicate");
		assertThatThrownBy(() -> CuratedRecords.readUploaded("[".repeat(100).getBytes(), Map.class))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CuratedRecords.readPractice("number: 1\nflavour: lime\n".getBytes()))
			.hasMessageContaining("flavour");
		assertThat(CuratedRecords.readUploaded("format: x\n".getBytes(), ExportManifest.class).format()).isEqualTo("x");
	}

}
