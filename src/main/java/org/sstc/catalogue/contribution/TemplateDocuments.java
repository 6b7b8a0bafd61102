package org.sstc.catalogue.contribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.sstc.catalogue.contribution.TemplateDocumentException.Reason;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.SectionBlock;
import org.sstc.catalogue.system.Whitespace;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The contribution template as a Word file: written from the sections of a practice
 * ({@link PracticeBody#SECTIONS}, the same definitions as the online form), one table row
 * per section with its label and guidance on the left and the answer on the right; and
 * read back when filled in, whether it is this template or an older one like the
 * compendium's, whose rows are recognised by the words of their labels.
 *
 * <p>
 * Reading refuses, with a {@link TemplateDocumentException} whose message can be shown,
 * anything that is not a plain Word document within the limits (see
 * {@link TemplateDocumentInspection}): it never answers with an unexpected error.
 */
@Component
public class TemplateDocuments {

	/** The media type of a .docx. */
	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** A paragraph outside the table that gives a field, as the compendium's did. */
	private static final Pattern LABELLED_PARAGRAPH = Pattern.compile("^\\s*([^:]{1,150}?)\\s*:\\s*(\\S.*)$",
			Pattern.DOTALL);

	private static final int LABEL_MAX_WORDS = 14;

	private static final int REPORT_TEXT = 100;

	private final MessageSource messages;

	private final TemplateDocumentInspection inspection;

	private final TemplateDocumentLabels labels;

	public TemplateDocuments(MessageSource messages, TemplateDocumentProperties properties) {
		this.messages = messages;
		this.inspection = new TemplateDocumentInspection(properties);
		this.labels = new TemplateDocumentLabels(messages);
		// POI's own zip bomb guards, behind the inspection, at the same limits (settings
		// of the whole JVM: this is the catalogue's only use of POI)
		ZipSecureFile.setMaxEntrySize(properties.maxUnpackedSize().toBytes());
		ZipSecureFile.setMaxFileCount(properties.maxEntries());
		ZipSecureFile.setMinInflateRatio(1.0 / properties.maxCompressionRatio());
	}

	/** The blank template in the language of the current request. */
	public byte[] blankTemplate() {
		return blankTemplate(LocaleContextHolder.getLocale());
	}

	/** The blank template, its labels and guidance in the given language. */
	public byte[] blankTemplate(Locale locale) {
		try (XWPFDocument document = new XWPFDocument()) {
			document.getProperties().getCoreProperties().setTitle(message("contribution.template.title", locale));
			XWPFRun title = document.createParagraph().createRun();
			title.setBold(true);
			title.setFontSize(16);
			title.setText(message("contribution.template.title", locale));
			document.createParagraph().createRun().setText(message("contribution.template.intro", locale));
			XWPFTable table = document.createTable(PracticeBody.SECTIONS.size(), 2);
			table.setWidth("100%");
			// the grid Word's schema asks of every table (POI writes none): the two
			// columns
			// in twentieths of a point, across an A4 page's text width
			CTTblGrid grid = table.getCTTbl().addNewTblGrid();
			grid.addNewGridCol().setW(BigInteger.valueOf(3159));
			grid.addNewGridCol().setW(BigInteger.valueOf(5867));
			for (int i = 0; i < PracticeBody.SECTIONS.size(); i++) {
				PracticeSection section = PracticeBody.SECTIONS.get(i);
				XWPFTableRow row = table.getRow(i);
				row.setCantSplitRow(false);
				XWPFTableCell label = row.getCell(0);
				label.setWidth("35%");
				row.getCell(1).setWidth("65%");
				XWPFRun name = label.getParagraphs().get(0).createRun();
				name.setBold(true);
				name.setText(message(section.messageKey(), locale));
				guidance(label, message("contribution.guidance." + section.name(), locale));
				if (!section.kind().isText()) {
					guidance(label, message("contribution.template.format." + section.name(), locale));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the Word template", ex);
		}
	}

	/**
	 * Reads a filled template: every row whose label names a section gives that section;
	 * a row with no label continues the row above (the compendium's rows broken by a
	 * page); other rows with text are reported as unplaced. Paragraphs outside the table
	 * of the form "Label: text" give their section too (the compendium's templates put
	 * the author, institution, title and countries above the table).
	 * @throws TemplateDocumentException when the file is refused (see its reason)
	 */
	public TemplateReading read(InputStream docx) {
		byte[] bytes = this.inspection.readUpload(docx);
		this.inspection.inspect(bytes);
		try (XWPFDocument document = open(bytes)) {
			return read(document);
		}
		catch (IOException ex) {
			throw new TemplateDocumentException(Reason.MALFORMED, ex);
		}
		catch (StackOverflowError ex) {
			// tables nested thousands deep: POI walks them recursively
			throw new TemplateDocumentException(Reason.MALFORMED);
		}
	}

	private static XWPFDocument open(byte[] bytes) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			// POI's many ways of saying the XML or the package is broken
			throw new TemplateDocumentException(Reason.MALFORMED, ex);
		}
	}

	private TemplateReading read(XWPFDocument document) {
		Map<PracticeSection, List<String>> found = new LinkedHashMap<>();
		List<String> unplaced = new ArrayList<>();
		boolean anyTable = false;
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				readParagraph(text(paragraph), found);
			}
			else if (element instanceof XWPFTable table) {
				anyTable = true;
				readTable(table, found, unplaced);
			}
		}
		if (!anyTable) {
			throw new TemplateDocumentException(Reason.NO_TABLE);
		}
		PracticeBody body = PracticeBody.of((section) -> {
			List<String> lines = found.get(section);
			if (lines == null) {
				return section.kind().isText() ? null : List.of();
			}
			if (section.kind() == PracticeSection.Kind.LINE) {
				String line = String.join(" ", lines.stream().filter((text) -> !text.isBlank()).toList()).strip();
				return line.isEmpty() ? null : line;
			}
			return TemplateDocumentCells.value(section, lines);
		});
		return new TemplateReading(body, unplaced);
	}

	private void readParagraph(String text, Map<PracticeSection, List<String>> found) {
		Matcher labelled = LABELLED_PARAGRAPH.matcher(text);
		if (labelled.matches() && words(labelled.group(1)) <= LABEL_MAX_WORDS) {
			PracticeSection section = this.labels.sectionOf(labelled.group(1), labelled.group(1));
			if (section != null) {
				add(found, section, List.of(labelled.group(2).strip().split("\n", -1)));
			}
		}
	}

	private void readTable(XWPFTable table, Map<PracticeSection, List<String>> found, List<String> unplaced) {
		PracticeSection previous = null;
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			if (cells.isEmpty()) {
				continue;
			}
			if (cells.size() == 1) {
				String text = String.join("\n", lines(cells.get(0))).strip();
				Matcher labelled = LABELLED_PARAGRAPH.matcher(text);
				PracticeSection section = labelled.matches() && words(labelled.group(1)) <= LABEL_MAX_WORDS
						? this.labels.sectionOf(labelled.group(1), labelled.group(1)) : null;
				if (section != null) {
					add(found, section, List.of(labelled.group(2).strip().split("\n", -1)));
					previous = section;
				}
				else if (!text.isEmpty()) {
					unplaced.add(report("", text));
				}
				continue;
			}
			List<String> labelLines = lines(cells.get(0)).stream().filter((line) -> !line.isBlank()).toList();
			List<String> answer = new ArrayList<>();
			for (XWPFTableCell cell : cells.subList(1, cells.size())) {
				answer.addAll(lines(cell));
			}
			boolean empty = answer.stream().allMatch(String::isBlank);
			if (labelLines.isEmpty()) {
				if (!empty && previous != null) {
					add(found, previous, answer);
				}
				else if (!empty) {
					unplaced.add(report("", String.join(" ", answer)));
				}
				continue;
			}
			String label = labelLines.get(0);
			PracticeSection section = (words(label) <= 3 * LABEL_MAX_WORDS)
					? this.labels.sectionOf(label, String.join(" ", labelLines)) : null;
			if (section == null) {
				if (!empty) {
					unplaced.add(report(label, String.join(" ", answer)));
				}
				// what continues an unplaced row is not placed either
				previous = null;
				continue;
			}
			if (!section.kind().isText() && labelLines.size() == 1
					&& answer.stream().noneMatch((line) -> line.contains("|"))) {
				section = textBeside(section);
			}
			previous = section;
			if (!empty) {
				add(found, section, answer);
			}
		}
	}

	/**
	 * The text section shown beside a structured one (contact details beside contacts),
	 * or the section itself. The compendium's templates had a row "Contacts" for the
	 * words our template puts under "Contact details": a row with our label for a list
	 * but without its guidance, whose lines are not written as rows, is that text.
	 */
	private static PracticeSection textBeside(PracticeSection section) {
		return PracticeBody.NARRATIVE.stream()
			.filter((block) -> block.sections().contains(section) && block.text() != null)
			.map(SectionBlock::text)
			.findFirst()
			.orElse(section);
	}

	/** Another row or paragraph for a section: a new paragraph of its text. */
	private static void add(Map<PracticeSection, List<String>> found, PracticeSection section, List<String> lines) {
		List<String> trimmed = trim(lines);
		if (trimmed.isEmpty()) {
			return;
		}
		List<String> known = found.computeIfAbsent(section, (key) -> new ArrayList<>());
		if (!known.isEmpty() && section.kind() == PracticeSection.Kind.MARKDOWN) {
			known.add("");
		}
		known.addAll(trimmed);
	}

	/** The lines of a cell without the blank ones at either end. */
	private static List<String> trim(List<String> lines) {
		int from = 0;
		int to = lines.size();
		while (from < to && lines.get(from).isBlank()) {
			from++;
		}
		while (to > from && lines.get(to - 1).isBlank()) {
			to--;
		}
		return lines.subList(from, to);
	}

	/**
	 * A cell's lines: one per paragraph (and per line break within one), a nested table's
	 * rows as lines of their cells' text.
	 */
	private static List<String> lines(XWPFTableCell cell) {
		List<String> lines = new ArrayList<>();
		for (IBodyElement element : cell.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				lines.addAll(List.of(text(paragraph).split("\\R", -1)));
			}
			else if (element instanceof XWPFTable nested) {
				for (XWPFTableRow row : nested.getRows()) {
					lines.add(String.join(" | ",
							row.getTableCells().stream().map((inner) -> inner.getText().strip()).toList()));
				}
			}
		}
		return lines;
	}

	/**
	 * A paragraph's text, its web links written as Markdown links ({@code [text](url)}),
	 * as the curated records write them, so that a link's address is not lost; a
	 * {@code mailto:} link is its text, the address.
	 */
	private static String text(XWPFParagraph paragraph) {
		if (paragraph.getIRuns().stream().noneMatch(XWPFHyperlinkRun.class::isInstance)) {
			return paragraph.getText();
		}
		StringBuilder text = new StringBuilder();
		Object link = null;
		String url = null;
		StringBuilder linkText = new StringBuilder();
		for (IRunElement element : paragraph.getIRuns()) {
			String address = (element instanceof XWPFHyperlinkRun run) ? address(run, paragraph) : null;
			if (address == null || ((XWPFHyperlinkRun) element).getCTHyperlink() != link) {
				text.append(markdownLink(linkText, url));
				linkText.setLength(0);
				link = null;
				url = null;
			}
			if (address != null) {
				XWPFHyperlinkRun run = (XWPFHyperlinkRun) element;
				link = run.getCTHyperlink();
				url = address;
				linkText.append(run.text());
			}
			else if (element instanceof XWPFRun run) {
				text.append(run.text());
			}
			else if (element instanceof XWPFSDT content) {
				text.append(content.getContent().getText());
			}
		}
		return text.append(markdownLink(linkText, url)).toString();
	}

	private static String address(XWPFHyperlinkRun run, XWPFParagraph paragraph) {
		XWPFHyperlink hyperlink = run.getHyperlink(paragraph.getDocument().getXWPFDocument());
		String url = (hyperlink != null) ? hyperlink.getURL() : null;
		return (url != null && !url.isBlank()) ? url.strip() : null;
	}

	private static String markdownLink(CharSequence text, String url) {
		if (url == null || text.isEmpty()) {
			return text.toString();
		}
		if (url.regionMatches(true, 0, "mailto:", 0, 7)) {
			return text.toString();
		}
		return "[" + text.toString().replace("[", "\\[").replace("]", "\\]") + "](" + url.replace(" ", "%20") + ")";
	}

	private static String report(String label, String text) {
		String start = Whitespace.collapsed(text.strip());
		if (start.length() > REPORT_TEXT) {
			start = start.substring(0, REPORT_TEXT).strip() + "…";
		}
		String name = Whitespace.collapsed(label.strip());
		if (name.length() > REPORT_TEXT) {
			name = name.substring(0, REPORT_TEXT).strip() + "…";
		}
		return name.isEmpty() ? start : name + " — " + start;
	}

	private static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

	private static void guidance(XWPFTableCell cell, String text) {
		XWPFRun run = cell.addParagraph().createRun();
		run.setItalic(true);
		run.setFontSize(9);
		run.setText(text);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
