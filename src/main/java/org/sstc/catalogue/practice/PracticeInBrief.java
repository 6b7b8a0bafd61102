package org.sstc.catalogue.practice;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sstc.catalogue.system.MarkdownRenderer;
import org.sstc.catalogue.system.Whitespace;

/**
 * What a practice set out to do and what it achieved, in a few lines at the top of its
 * page: the first sentences of its Objectives and of its Results, quoted as the
 * compendium words them (nothing is summarised or rewritten). A practice in parts quotes
 * the first part that has each field.
 *
 * @param excerpts the quoted beginnings, Objectives first; empty where the practice has
 * neither field
 */
public record PracticeInBrief(List<Excerpt> excerpts) {

	/** Sentences are added until the quote is at least this long... */
	static final int ENOUGH = 220;

	/**
	 * ...and never beyond this length; a single longer sentence is cut at a word and
	 * marked with an ellipsis.
	 */
	static final int MOST = 420;

	/**
	 * The quoted beginning of one field.
	 *
	 * @param section the field's key ({@code objectives}, {@code results}), which names
	 * its message and anchor
	 * @param part the label of the part it comes from ("Part I"), or null
	 * @param anchor the id of the field on the page
	 * @param text the first sentences, in plain text
	 * @param complete whether the quote is the whole field
	 */
	public record Excerpt(String section, String part, String anchor, String text, boolean complete) {
	}

	public static PracticeInBrief of(Practice practice) {
		List<Excerpt> excerpts = new ArrayList<>();
		for (String key : List.of("objectives", "results")) {
			excerpt(practice, key).ifPresent(excerpts::add);
		}
		return new PracticeInBrief(List.copyOf(excerpts));
	}

	public boolean isEmpty() {
		return this.excerpts.isEmpty();
	}

	/**
	 * The quotes as one plain text: a practice's abstract in feeds, citations and
	 * structured data.
	 */
	public String text() {
		return String.join(" ", this.excerpts.stream().map(Excerpt::text).toList());
	}

	private static Optional<Excerpt> excerpt(Practice practice, String key) {
		if (!practice.hasParts()) {
			return markdown(practice.getBody(), key).map((text) -> excerpt(key, null, key, text));
		}
		List<PracticePart> parts = practice.getParts();
		for (int i = 0; i < parts.size(); i++) {
			Optional<String> text = markdown(parts.get(i).body(), key);
			if (text.isPresent()) {
				// the anchors of the detail page's parts: part-1-objectives, ...
				return Optional.of(excerpt(key, parts.get(i).label(), "part-" + (i + 1) + "-" + key, text.get()));
			}
		}
		return Optional.empty();
	}

	private static Optional<String> markdown(PracticeBody body, String key) {
		return PracticeBody.SECTIONS.stream()
			.filter((section) -> section.name().equals(key))
			.map((section) -> section.text(body))
			.filter((text) -> text != null && !text.isBlank())
			.findFirst();
	}

	private static Excerpt excerpt(String key, String part, String anchor, String markdown) {
		String whole = words(markdown);
		String quoted = firstSentences(whole);
		return new Excerpt(key, part, anchor, quoted, quoted.equals(whole));
	}

	/**
	 * The words of the Markdown, without its markup or its links' addresses, on one line.
	 */
	static String words(String markdown) {
		return Whitespace.collapsed(MarkdownRenderer.plainText(markdown)).strip();
	}

	/**
	 * The first sentences of the text, at least {@link #ENOUGH} characters where it has
	 * them, at most {@link #MOST}.
	 */
	static String firstSentences(String text) {
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		sentences.setText(text);
		int end = 0;
		for (int next = sentences.next(); next != BreakIterator.DONE; next = sentences.next()) {
			if (next > MOST && end > 0) {
				break;
			}
			end = next;
			if (end >= ENOUGH) {
				break;
			}
		}
		if (end <= MOST) {
			return text.substring(0, end).strip();
		}
		int cut = text.lastIndexOf(' ', MOST);
		return text.substring(0, (cut > 0) ? cut : MOST).strip().replaceAll("[,;:]$", "") + "…";
	}

}
