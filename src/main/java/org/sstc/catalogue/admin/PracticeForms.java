package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticePart;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;

/**
 * Converts between the admin form and a practice's content, section by section. Blank
 * rows and blank text become nothing.
 */
final class PracticeForms {

	/**
	 * Empty rows offered under each repeatable group, so that a value can be added
	 * without JavaScript.
	 */
	static final int BLANK_ROWS = 2;

	/**
	 * The most rows a form keeps in one repeatable group (and parts in a practice); a row
	 * numbered beyond is refused with a message. More than the world's ISO countries, and
	 * below Spring's own limit, which fails with a 500.
	 */
	static final int MAX_ROWS = 250;

	private static final Pattern ROW_INDEX = Pattern.compile("\\[(\\d+)]");

	private PracticeForms() {
	}

	static PracticeForm from(PracticeContent content, long version) {
		PracticeForm form = new PracticeForm();
		fill(form, content.body());
		form.setBaseVersion(version);
		form.setNumber(content.number());
		form.setSlug(content.slug());
		form.setHeading(content.heading());
		form.setShortTitle(content.shortTitle());
		form.setRegion((content.region() != null) ? content.region().code() : null);
		form.setRegionAsWritten(content.regionAsWritten());
		form.setRegionInferred(content.regionInferred());
		form.setImageCaptions(String.join("\n", content.imageCaptions()));
		form.setThemes(new ArrayList<>(content.themes().stream().map(Theme::code).toList()));
		form.setModalities(new ArrayList<>(content.modalities().stream().map(Modality::code).toList()));
		form.setParts(new ArrayList<>(content.parts().stream().map((part) -> {
			PartForm partForm = new PartForm();
			fill(partForm, part.body());
			partForm.setLabel(part.label());
			return partForm;
		}).toList()));
		form.setRepairs(String.join("\n", content.repairs()));
		form.setMissing(new ArrayList<>(content.missing()));
		return form;
	}

	/** The content of a new practice's form. */
	static PracticeContent toContent(PracticeForm form) {
		return toContent(form, null);
	}

	/**
	 * The content of a form opened on a saved practice. Themes, modalities and missing
	 * fields are check boxes, which a browser sends in the vocabulary's order: those the
	 * practice had keep the order it had them in (editorial: the main theme first), and
	 * those newly chosen follow; so a save that changes none of them changes nothing.
	 */
	static PracticeContent toContent(PracticeForm form, PracticeContent saved) {
		// an unsaved form (a preview) may not have its number yet
		int number = (form.getNumber() != null) ? form.getNumber() : 0;
		List<PracticePart> parts = form.getParts()
			.stream()
			.filter((part) -> !part.isBlank())
			.map((part) -> new PracticePart(text(part.getLabel()), body(part)))
			.toList();
		List<Theme> themes = terms(form.getThemes(), Theme.class);
		List<Modality> modalities = terms(form.getModalities(), Modality.class);
		List<String> missing = form.getMissing().stream().filter((field) -> text(field) != null).toList();
		if (saved != null) {
			themes = inSavedOrder(themes, saved.themes());
			modalities = inSavedOrder(modalities, saved.modalities());
			missing = inSavedOrder(missing, saved.missing());
		}
		return new PracticeContent(number, text(form.getSlug()), text(form.getHeading()), text(form.getShortTitle()),
				body(form), VocabularyTerm.find(Region.class, form.getRegion()).orElse(null),
				text(form.getRegionAsWritten()), form.isRegionInferred(), lines(form.getImageCaptions()), themes,
				modalities, parts, lines(form.getRepairs()), missing);
	}

	/** What the form says of each section of a practice or a part. */
	static PracticeBody body(ContentForm form) {
		return PracticeBody.of((section) -> section.kind().isText() ? form.textOf(section) : form.values(section));
	}

	private static void fill(ContentForm form, PracticeBody body) {
		for (PracticeSection section : PracticeBody.SECTIONS) {
			if (section.kind().isText()) {
				form.getText().put(section.name(), section.text(body));
			}
			else {
				form.setValues(section, section.rows(body));
			}
		}
	}

	/** Adds empty rows to every repeatable group, for the form on screen. */
	static PracticeForm withBlankRows(PracticeForm form, int rows) {
		form.addBlankRows(rows);
		form.getParts().forEach((part) -> part.addBlankRows(rows));
		return form;
	}

	/**
	 * Whether a form field's name numbers a row beyond {@link #MAX_ROWS}, in any of its
	 * groups.
	 */
	static boolean isBeyondRowLimit(String field) {
		Matcher index = ROW_INDEX.matcher(field);
		while (index.find()) {
			String digits = index.group(1).replaceFirst("^0+(?=\\d)", "");
			if (digits.length() > 9 || Integer.parseInt(digits) >= MAX_ROWS) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The chosen values: those saved first, in their saved order, then the others in the
	 * order given.
	 */
	private static <T> List<T> inSavedOrder(List<T> chosen, List<T> saved) {
		return Stream.concat(saved.stream().filter(chosen::contains), chosen.stream().filter((c) -> !saved.contains(c)))
			.toList();
	}

	private static <T extends Enum<T> & VocabularyTerm> List<T> terms(List<String> codes, Class<T> type) {
		return codes.stream()
			.map((code) -> VocabularyTerm.find(type, code))
			.flatMap(Optional::stream)
			.distinct()
			.toList();
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** One-line text: trimmed, or null when empty. */
	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Markdown: line endings normalised and trailing spaces removed, or null when empty.
	 */
	static String markdown(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(value.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
			.map(String::stripTrailing)
			.collect(Collectors.joining("\n"))
			.strip();
	}

}
