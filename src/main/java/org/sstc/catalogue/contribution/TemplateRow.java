package org.sstc.catalogue.contribution;

import java.util.List;
import java.util.Optional;

import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

/**
 * One row of the compendium's template, as contributors fill it in: a text section of
 * {@link PracticeBody} (author, institution, title, countries, objectives, ...,
 * materials), in the body's order, with its label ({@code field.<name>}) and the
 * template's guidance for it ({@code contribution.guidance.<name>}). The structured lists
 * of a practice (country codes, organisations, contacts, funding sources, links) are the
 * editors' normalisation of these rows, and are not asked of contributors.
 */
public record TemplateRow(PracticeSection section) {

	/** Every row, in the template's order. */
	public static final List<TemplateRow> ALL = PracticeBody.SECTIONS.stream()
		.filter((section) -> section.kind().isText())
		.map(TemplateRow::new)
		.toList();

	/** The row of the section of this name, if it is a row of the template. */
	public static Optional<TemplateRow> named(String name) {
		return ALL.stream().filter((row) -> row.name().equals(name)).findFirst();
	}

	/**
	 * The section's name: the form's field ({@code text[name]}), and a comment's field.
	 */
	public String name() {
		return this.section.name();
	}

	public String labelKey() {
		return this.section.messageKey();
	}

	public String guidanceKey() {
		return "contribution.guidance." + this.section.name();
	}

	/** Several paragraphs (Markdown), rather than a line. */
	public boolean isMultiline() {
		return this.section.kind() == PracticeSection.Kind.MARKDOWN;
	}

	/** Whether a submission must give it (a draft need not). */
	public boolean isRequired() {
		return this.section.required();
	}

	/** The row's text in a body, or null. */
	public String text(PracticeBody body) {
		return this.section.text(body);
	}

}
