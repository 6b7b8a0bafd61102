package org.sstc.catalogue.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The ISO 3166-1 countries a country row can be picked from, by English name. */
final class CountryChoices {

	record Choice(String code, String name) {
	}

	static final List<Choice> ALL = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
		.stream()
		.map((code) -> new Choice(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
		.sorted(Comparator.comparing(Choice::name))
		.toList();

	private CountryChoices() {
	}

}
