package org.sstc.catalogue.practice;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The JSON API's shapes. Text fields are Markdown, as curated. */
public final class PracticeJson {

	private PracticeJson() {
	}

	public record Term(String code, String label) {

		public static Term of(VocabularyTerm term) {
			return new Term(term.code(), term.label());
		}

		public static List<Term> of(List<? extends VocabularyTerm> terms) {
			return terms.stream().map(Term::of).toList();
		}

	}

	public record Country(String code, String name, boolean inferred) {

		public static List<Country> of(List<CountryRef> countries) {
			return countries.stream().map((c) -> new Country(c.code(), c.name(), c.inferred())).toList();
		}

	}

	public record CompendiumRef(String code, String title, String biennium, String publisher) {

	}

	/**
	 * A practice as the API serves it: the body's sections under their own names, beside
	 * the rest (the README lists them).
	 */
	public record Detail(int number, String slug, CompendiumRef compendium, String heading, String shortTitle,
			@JsonUnwrapped PracticeBody body, String region, String regionCode, String regionAsWritten,
			boolean regionInferred, List<String> imageCaptions, List<Term> themes, List<Term> modalities,
			List<PracticePart> parts, List<String> repairs, List<String> missingFields, Instant updatedAt, String url) {

		public static Detail of(Practice practice, String url) {
			Compendium compendium = practice.getCompendium();
			return new Detail(practice.getNumber(), practice.getSlug(),
					new CompendiumRef(compendium.getCode(), compendium.getTitle(), compendium.getBiennium(),
							compendium.getPublisher()),
					practice.getHeading(), practice.getShortTitle(), practice.getBody(), practice.getRegion().label(),
					practice.getRegion().code(), practice.getRegionAsWritten(), practice.isRegionInferred(),
					practice.getImageCaptions(), Term.of(practice.getThemes()), Term.of(practice.getModalities()),
					practice.getParts(), practice.getRepairs(), practice.getMissingFields(), practice.getUpdatedAt(),
					url);
		}

	}

}
