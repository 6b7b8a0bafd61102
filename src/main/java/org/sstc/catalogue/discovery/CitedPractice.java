package org.sstc.catalogue.discovery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeInBrief;
import org.sstc.catalogue.practice.Theme;

/**
 * What a citation, an export or structured data says of a practice, in one place: every
 * format is written from this. The records name their authors in free text, persons and
 * offices alike ("ILO / ITCILO (Joel Alcocer)"), so each name is kept as written, never
 * split into given and family names; a practice that names none is the publisher's.
 *
 * @param date the day the record last changed: what is cited is this version of the page
 */
record CitedPractice(String key, int number, String title, String shortTitle, List<String> authors, String publisher,
		String compendiumTitle, String compendiumCode, String biennium, String abstractText, String region,
		List<CountryRef> countries, List<Theme> themes, List<String> organisations, List<String> fundingSources,
		LocalDate date, String url, String permanentUrl) {

	static CitedPractice of(Practice practice, PracticeLinks links) {
		Compendium compendium = practice.getCompendium();
		String authors = practice.getBody().authors();
		List<String> names = (authors == null || authors.isBlank()) ? List.of(compendium.getPublisher())
				: Arrays.stream(authors.split("\\s*[,;]\\s*|\\s+and\\s+")).filter((name) -> !name.isBlank()).toList();
		return new CitedPractice("sstc-" + compendium.getBiennium() + "-" + practice.getNumber(), practice.getNumber(),
				practice.getTitle(), practice.getShortTitle(), names, compendium.getPublisher(), compendium.getTitle(),
				compendium.getCode(), compendium.getBiennium(), PracticeInBrief.of(practice).text(),
				practice.getRegion().label(), practice.allCountries(), List.copyOf(practice.getThemes()),
				practice.allOrganisations()
					.stream()
					.map((org) -> org.acronym() != null ? org.acronym() : org.name())
					.toList(),
				practice.getBody().fundingSources().stream().map((source) -> source.name()).toList(),
				LocalDate.ofInstant(practice.getUpdatedAt(), ZoneOffset.UTC), links.page(practice),
				links.permanent(practice));
	}

	/** The record's part of the compendium, e.g. "Good practice 5". */
	String label() {
		return "Good practice " + this.number;
	}

}
