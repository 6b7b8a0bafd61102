package org.sstc.catalogue.practice;

import java.util.List;

/**
 * A heading of a practice's page and of its admin form, with the sections shown under it:
 * a narrative section on its own, or a structured list with the source's own words beside
 * it (contacts, funding, materials).
 */
public record SectionBlock(String id, String headingKey, List<PracticeSection> sections) {

	/**
	 * The block of the facts at the top of the page: title, authors, countries,
	 * organisations.
	 */
	public static final String OVERVIEW = "overview";

	public SectionBlock {
		sections = List.copyOf(sections);
	}

	/** The block's text section (Markdown or a line), or null. */
	public PracticeSection text() {
		return this.sections.stream().filter((section) -> section.kind().isText()).findFirst().orElse(null);
	}

	/** The block's structured section (a list of rows), or null. */
	public PracticeSection rows() {
		return this.sections.stream().filter((section) -> !section.kind().isText()).findFirst().orElse(null);
	}

	/**
	 * Whether the page's contents list the block for this body: a block with rows always
	 * shows (saying when the source has nothing), a text alone only when the source gives
	 * it.
	 */
	public boolean isListedFor(PracticeBody body) {
		return rows() != null || this.sections.stream().anyMatch((section) -> !section.isEmptyIn(body));
	}

}
