package org.sstc.catalogue.practice;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Everything a practice says: the shape of the curated YAML files under
 * {@code db/practices/} (see the README's data section) and of what staff save through
 * the admin form. The body's sections sit at the top level of a file, beside the fields
 * only a whole practice has.
 */
public record PracticeContent(int number, String slug, String heading, String shortTitle,
		@JsonUnwrapped PracticeBody body, Region region, String regionAsWritten, boolean regionInferred,
		List<String> imageCaptions, List<Theme> themes, List<Modality> modalities, List<PracticePart> parts,
		List<String> repairs, List<String> missing) {

	public PracticeContent {
		body = PracticeBody.orEmpty(body);
		imageCaptions = nullToEmpty(imageCaptions);
		themes = nullToEmpty(themes);
		modalities = nullToEmpty(modalities);
		parts = nullToEmpty(parts);
		repairs = nullToEmpty(repairs);
		missing = nullToEmpty(missing);
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
