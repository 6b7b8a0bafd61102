package org.sstc.catalogue.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.CuratedCompendium;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk export and import, through the staff pages: the export is the curated files'
 * format, its import is a no-op, a changed file imports as one revision shown field by
 * field first, a practice saved since the export is a conflict left alone, and hostile
 * zips are refused with nothing changed.
 */
@CatalogueTest
class BulkTransferTests extends StaffFixtures {

	static final String FIRST = "compendium-2022-2023";

	static final String MINING = FIRST + "/10-china-zambia-mining-osh.yml";

	static final String INSPECTION = FIRST + "/11-tajikistan-uzbekistan-romania-labour-inspection.yml";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PracticeEditing editing;

	@Autowired
	org.sstc.catalogue.practice.CompendiumRepository compendia;

	final Map<String, PracticeContent> toRestore = new LinkedHashMap<>();

	@AfterEach
	void cleanUp() {
		this.toRestore.forEach((slug, content) -> {
			Practice practice = this.practices.findBySlug(slug).orElseThrow();
			if (!practice.content().equals(content)) {
				this.editing.update(practice.getId(), practice.getVersion(), content);
			}
		});
		this.toRestore.clear();
		deleteCreatedPractices();
	}

	@Test
	void theExportHoldsTheCuratedFilesAndAManifest() throws IOException {
		StaffBrowser.Download export = editor().download("/admin/export.zip");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).isEqualTo("application/zip");
		assertThat(export.disposition()).startsWith("attachment; filename=\"catalogue-export-");
		Map<String, byte[]> files = unzip(export.body());

		List<String> curated;
		try (Stream<Path> listed = Files.list(Path.of("db/practices", FIRST))) {
			curated = listed.map((file) -> FIRST + "/" + file.getFileName()).toList();
		}
		assertThat(files.keySet()).containsAll(curated).contains(ExportManifest.FILE);
		assertThat(files.keySet().stream().filter((name) -> name.startsWith(FIRST + "/"))).hasSameSizeAs(curated);

		CuratedCompendium compendium = CuratedRecords.read(FIRST);
		for (PracticeContent record : compendium.practices()) {
			String name = FIRST + "/" + CuratedRecords.fileName(record.number(), record.slug());
			assertThat(CuratedRecords.readPractice(files.get(name))).as(name).isEqualTo(record);
		}
		assertThat(CuratedRecords.readCompendium(files.get(FIRST + "/compendium.yml")).edition())
			.isEqualTo(new org.sstc.catalogue.practice.Compendium.Edition(compendium.title(), compendium.biennium(),
					compendium.publisher(), compendium.preface()));
		String manifest = new String(files.get(ExportManifest.FILE), StandardCharsets.UTF_8);
		assertThat(manifest).contains("format: " + ExportManifest.FORMAT).contains("file: " + MINING);
	}

	@Test
	void aSearchsSelectionExportsTheSamePracticesAsTheSearch() {
		long africa = this.client.get("/api/practices?region=africa").json().get("total").asLong();
		Map<String, byte[]> files = unzip(editor().download("/admin/export.zip?region=africa&q=").body());
		assertThat(practiceFiles(files)).hasSize((int) africa).isNotEmpty();
		Map<String, byte[]> labour = unzip(editor().download("/admin/export.zip?q=labour&not-region=africa").body());
		assertThat(practiceFiles(labour)).isNotEmpty().hasSizeLessThan(30);
		assertThat(editor().download("/admin/export.zip?region=atlantis").status()).isEqualTo(400);
	}

	@Test
	void exportingAndImportingEverythingChangesNothing() {
		StaffBrowser admin = admin();
		long practices = this.practices.count();
		long revisions = revisions();
		StaffBrowser.Page preview = preview(admin, admin.download("/admin/export.zip").body());
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		Document page = preview.document();
		assertThat(page.select("#unchanged h2").text()).isEqualTo("Unchanged practices (" + practices + ")");
		assertThat(page.select("#new h2").text()).isEqualTo("New practices (0)");
		assertThat(page.select("#changed h2").text()).isEqualTo("Changed practices (0)");
		assertThat(page.select("#conflicts h2").text()).isEqualTo("Changed here since the export (0)");
		assertThat(page.select(".alert.success").text()).isEqualTo("Nothing would change.");
		assertThat(page.select("form.import-apply")).isEmpty();
		assertThat(revisions()).isEqualTo(revisions);
	}

	@Test
	void aChangedExportImportsAsOneRevisionPerPracticeAfterAFieldByFieldPreview() {
		StaffBrowser admin = admin();
		remember("china-zambia-mining-osh");
		Map<String, byte[]> files = unzip(admin.download("/admin/export.zip").body());
		files.put(MINING, replace(files.get(MINING), "Mining is a high-risk sector.", "Mining is a dangerous sector."));
		String added = new String(files.get(INSPECTION), StandardCharsets.UTF_8)
			.replaceFirst("(?m)^number: 11$", "number: 931")
			.replaceFirst("(?m)^slug: .*$", "slug: imported-test-practice");
		files.put(FIRST + "/931-imported-test-practice.yml", added.getBytes(StandardCharsets.UTF_8));
		this.createdSlugs.add("imported-test-practice");
		long before = revisions();

		StaffBrowser.Page preview = preview(admin, zip(files));
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		Document page = preview.document();
		assertThat(page.select("#changed h2").text()).isEqualTo("Changed practices (1)");
		assertThat(page.select("#changed .diff-field h3").eachText()).containsExactly("Objectives");
		assertThat(page.select("#changed del").text()).isEqualTo("high-risk");
		assertThat(page.select("#changed ins").text()).isEqualTo("dangerous");
		assertThat(page.select("#new h2").text()).isEqualTo("New practices (1)");
		assertThat(page.select("#unchanged h2").text()).isEqualTo("Unchanged practices (29)");

		StaffBrowser.Page applied = admin.submit(preview, "form.import-apply", Map.of(), null);
		assertThat(applied.status()).as(applied.body()).isEqualTo(302);
		assertThat(admin.follow(applied).body()).contains("The import was applied: 2 practices saved.");
		assertThat(revisions()).as("one transaction: one revision for both practices").isEqualTo(before + 1);
		Practice mining = this.practices.findBySlug("china-zambia-mining-osh").orElseThrow();
		assertThat(mining.getBody().objectives()).startsWith("Mining is a dangerous sector.");
		List<PracticeEditing.RevisionEntry> history = this.editing.history(mining.getId());
		assertThat(history.get(0).revision().getUsername()).isEqualTo(ADMIN);
		assertThat(history.get(0).revision().getNote()).startsWith("import of export.zip, uploaded ");
		assertThat(admin.get("/admin/practices/" + mining.getId() + "/history").body())
			.contains("import of export.zip");
		Practice imported = this.practices.findBySlug("imported-test-practice").orElseThrow();
		assertThat(imported.getStatus().name()).isEqualTo("DRAFT");
		assertThat(imported.getNumber()).isEqualTo(931);

		// the same zip again: nothing left to change
		Document again = preview(admin, zip(files)).document();
		assertThat(again.select(".alert.success").text()).isEqualTo("Nothing would change.");
	}

	@Test
	void aZipWithANewCompendiumCreatesItWithItsPractices() {
		StaffBrowser admin = admin();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("import-test-2030-2031/compendium.yml", """
				code: import-test-2030-2031
				title: Imported edition
				biennium: 2030-2031
				publisher: International Labour Organization
				preface: An imported *preface*.
				""".getBytes(StandardCharsets.UTF_8));
		byte[] mining = unzip(admin.download("/admin/export.zip").body()).get(MINING);
		files.put("import-test-2030-2031/01-imported-edition-practice.yml",
				replace(replace(mining, "number: 10", "number: 1"), "slug: china-zambia-mining-osh",
						"slug: imported-edition-practice"));
		this.createdSlugs.add("imported-edition-practice");
		try {
			StaffBrowser.Page preview = preview(admin, zip(files));
			assertThat(preview.document().select("#new-compendia li").text()).contains("Imported edition");
			assertThat(preview.document().select("#new h2").text()).isEqualTo("New practices (1)");
			assertThat(admin.submit(preview, "form.import-apply", Map.of(), null).status()).isEqualTo(302);
			Practice imported = this.practices.findBySlug("imported-edition-practice").orElseThrow();
			assertThat(imported.getCompendium().getTitle()).isEqualTo("Imported edition");
			assertThat(imported.getCompendium().getPreface()).isEqualTo("An imported *preface*.");
		}
		finally {
			deleteCreatedPractices();
			this.compendia.findByCode("import-test-2030-2031").ifPresent(this.compendia::delete);
		}
	}

	@Test
	void aPracticeSavedSinceTheExportIsAConflictAndIsLeftAsItIs() {
		StaffBrowser admin = admin();
		remember("china-zambia-mining-osh");
		remember("tajikistan-uzbekistan-romania-labour-inspection");
		Map<String, byte[]> files = unzip(admin.download("/admin/export.zip").body());

		Practice mining = this.practices.findBySlug("china-zambia-mining-osh").orElseThrow();
		PracticeContent content = mining.content();
		this.editing.update(mining.getId(), mining.getVersion(),
				withObjectives(content, "Edited in the catalogue since the export."));

		files.put(MINING, replace(files.get(MINING), "Mining is a high-risk sector.", "Edited in the file."));
		files.put(INSPECTION, replace(files.get(INSPECTION), "labour inspection", "labour inspection (imported)"));
		StaffBrowser.Page preview = preview(admin, zip(files));
		Document page = preview.document();
		assertThat(page.select("#conflicts h2").text()).isEqualTo("Changed here since the export (1)");
		assertThat(page.select("#conflicts summary").text()).contains("10. China & Zambia");
		assertThat(page.select("#changed h2").text()).isEqualTo("Changed practices (1)");
		assertThat(page.select("#changed summary").text()).contains("11.");

		assertThat(admin.submit(preview, "form.import-apply", Map.of(), null).status()).isEqualTo(302);
		assertThat(this.practices.findBySlug("china-zambia-mining-osh").orElseThrow().getBody().objectives())
			.isEqualTo("Edited in the catalogue since the export.");
		assertThat(this.practices.findBySlug("tajikistan-uzbekistan-romania-labour-inspection")
			.orElseThrow()
			.getBody()
			.toString()).contains("labour inspection (imported)");
	}

	@Test
	void aConfirmationAfterTheCatalogueChangedShowsTheNewPreviewInstead() {
		StaffBrowser admin = admin();
		remember("china-zambia-mining-osh");
		Map<String, byte[]> files = unzip(admin.download("/admin/export.zip").body());
		files.put(MINING, replace(files.get(MINING), "Mining is a high-risk sector.", "Changed in the file."));
		StaffBrowser.Page preview = preview(admin, zip(files));
		Practice mining = this.practices.findBySlug("china-zambia-mining-osh").orElseThrow();
		this.editing.update(mining.getId(), mining.getVersion(), withObjectives(mining.content(), "Changed here."));

		StaffBrowser.Page confirmed = admin.submit(preview, "form.import-apply", Map.of(), null);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.document().select(".alert.error").text()).contains("The catalogue changed since");
		assertThat(confirmed.document().select("#conflicts h2").text()).isEqualTo("Changed here since the export (1)");
		assertThat(this.practices.findBySlug("china-zambia-mining-osh").orElseThrow().getBody().objectives())
			.isEqualTo("Changed here.");
		assertThat(admin
			.post("/admin/import/not-a-token",
					Map.of("_csrf", List.of(preview.document().select("input[name=_csrf]").val())))
			.status()).isEqualTo(404);
	}

	@Test
	void hostileZipsAreRefusedWithAClearMessageAndNothingChanges() {
		StaffBrowser admin = admin();
		byte[] export = admin.download("/admin/export.zip").body();
		Map<String, byte[]> files = unzip(export);
		byte[] mining = files.get(MINING);
		long practices = this.practices.count();
		long revisions = revisions();
		long pending = pendingImports();
		byte[] zeros = new byte[900_000];

		Map<String, byte[]> hostile = new LinkedHashMap<>();
		hostile.put("is not one an export makes", zip(Map.of("../evil.yml", mining)));
		hostile.put("'/etc/evil.yml' is not one", zip(Map.of("/etc/evil.yml", mining)));
		hostile.put("'compendium-2022-2023\\evil.yml' is not one", zip(Map.of(FIRST + "\\evil.yml", mining)));
		hostile.put("'compendium-2022-2023/../../evil.yml'", zip(Map.of(FIRST + "/../../evil.yml", mining)));
		hostile.put("'C:/evil.yml'", zip(Map.of("C:/evil.yml", mining)));
		hostile.put("not a zip file", "name: not a zip".getBytes(StandardCharsets.UTF_8));
		hostile.put("the zip is damaged", java.util.Arrays.copyOf(export, 2000));
		hostile.put("larger than 1MB uncompressed", zip(Map.of(MINING, new byte[50_000_000])));
		Map<String, byte[]> ratio = new LinkedHashMap<>();
		for (int i = 0; i < 40; i++) {
			ratio.put(FIRST + "/" + i + "-zeros.yml", zeros);
		}
		hostile.put("times the zip's size (a zip bomb?)", zip(ratio));
		Map<String, byte[]> many = new LinkedHashMap<>();
		for (int i = 0; i <= 20_000; i++) {
			many.put(FIRST + "/" + i + ".yml", new byte[0]);
		}
		hostile.put("more than 20000 files", zip(many));
		hostile.put("Unrecognized property \"colour\"", zipWith(files, MINING, append(mining, "colour: red\n")));
		hostile.put("10-china-zambia-mining-osh.yml: Cannot deserialize value of type `int`",
				zipWith(files, MINING, replace(mining, "number: 10", "number: ten")));
		hostile.put("anchors and aliases are not accepted", zipWith(files, MINING, ("""
				a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
				b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
				c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
				d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
				""").getBytes(StandardCharsets.UTF_8)));
		hostile.put("uplicate", zipWith(files, MINING, append(mining, "slug: again\n")));
		hostile.put("region: ", zipWith(files, MINING, replace(mining, "region: ASIA_PACIFIC", "region: null")));
		hostile.put("another file of the zip is number 10",
				zipWith(files, FIRST + "/99-copy.yml", replace(mining, "slug: china", "slug: copy-of-china")));
		hostile.put("the slug china-zambia-mining-osh is another practice's here",
				zipWith(files, MINING, replace(mining, "number: 10", "number: 933")));
		hostile.put("no compendium elsewhere here", zip(Map.of("elsewhere/10-x.yml", mining)));
		hostile.put("the format is not", zipWith(files, ExportManifest.FILE, "format: other/1\n".getBytes()));
		hostile.put("no file was sent", new byte[0]);

		for (Map.Entry<String, byte[]> zip : hostile.entrySet()) {
			StaffBrowser.Page refused = preview(admin, zip.getValue());
			assertThat(refused.status()).as(zip.getKey()).isEqualTo(400);
			assertThat(refused.document().select(".import-refused").text()).as(zip.getKey())
				.startsWith("The file was refused: ")
				.contains(zip.getKey());
		}

		byte[] huge = new byte[21 * 1024 * 1024];
		new Random(1).nextBytes(huge);
		StaffBrowser.Page tooLarge = preview(admin, huge);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.document().select(".import-refused").text()).contains("larger than 20MB");

		assertThat(this.practices.count()).isEqualTo(practices);
		assertThat(revisions()).isEqualTo(revisions);
		assertThat(pendingImports()).isEqualTo(pending);
	}

	@Test
	void editorsMayExportButNotImport() {
		StaffBrowser editor = editor();
		assertThat(editor.download("/admin/export.zip").status()).isEqualTo(200);
		assertThat(editor.get("/admin/import").status()).isEqualTo(403);
		assertThat(editor.get("/admin").document().select("a[href=/admin/import]")).isEmpty();
		assertThat(admin().get("/admin").document().select("a[href=/admin/import]")).hasSize(1);
	}

	private StaffBrowser.Page preview(StaffBrowser admin, byte[] zip) {
		String action = admin.get("/admin/import").document().select("form.import-form").attr("action");
		return admin.upload(action, "file", "export.zip", zip);
	}

	private void remember(String slug) {
		this.toRestore.put(slug, this.practices.findBySlug(slug).orElseThrow().content());
	}

	private long revisions() {
		return this.jdbc.queryForObject("select count(*) from revision", Long.class);
	}

	private long pendingImports() {
		return this.jdbc.queryForObject("select count(*) from pending_import", Long.class);
	}

	private static PracticeContent withObjectives(PracticeContent content, String objectives) {
		var body = content.body();
		var changed = new org.sstc.catalogue.practice.PracticeBody(body.title(), body.authors(), body.institutions(),
				body.countriesInvolved(), body.countries(), body.organisations(), objectives, body.cooperation(),
				body.peerLearning(), body.innovation(), body.sustainability(), body.adaptability(), body.results(),
				body.contactDetails(), body.contacts(), body.funding(), body.fundingSources(), body.materials(),
				body.links());
		return new PracticeContent(content.number(), content.slug(), content.heading(), content.shortTitle(), changed,
				content.region(), content.regionAsWritten(), content.regionInferred(), content.imageCaptions(),
				content.themes(), content.modalities(), content.parts(), content.repairs(), content.missing());
	}

	private static List<String> practiceFiles(Map<String, byte[]> files) {
		return files.keySet()
			.stream()
			.filter((name) -> name.contains("/") && !name.endsWith("/compendium.yml"))
			.toList();
	}

	private static byte[] replace(byte[] file, String from, String to) {
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] append(byte[] file, String line) {
		return (new String(file, StandardCharsets.UTF_8) + line).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zipWith(Map<String, byte[]> files, String name, byte[] content) {
		Map<String, byte[]> changed = new LinkedHashMap<>(files);
		changed.put(name, content);
		return zip(changed);
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue());
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
