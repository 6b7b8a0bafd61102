package org.sstc.catalogue.practice;

import java.util.Locale;

/**
 * What the browse page and the list API filter on; any part may be null. Built from request parameters by
 * {@link #parse}, which rejects unknown values with a message that lists the valid ones.
 */
public record PracticeFilter(Region region, Theme theme, String country) {

	public static final PracticeFilter NONE = new PracticeFilter(null, null, null);

	public static PracticeFilter parse(String region, String theme, String country) {
		Region parsedRegion = blank(region) ? null : VocabularyTerm.find(Region.class, region)
			.orElseThrow(() -> new InvalidParameterException("region", region, codes(Region.class)));
		Theme parsedTheme = blank(theme) ? null : VocabularyTerm.find(Theme.class, theme)
			.orElseThrow(() -> new InvalidParameterException("theme", theme, codes(Theme.class)));
		String parsedCountry = null;
		if (!blank(country)) {
			parsedCountry = country.trim().toUpperCase(Locale.ROOT);
			if (!Countries.isIsoCode(parsedCountry)) {
				throw new InvalidParameterException("country", country, "an ISO 3166-1 alpha-2 code such as BR");
			}
		}
		return new PracticeFilter(parsedRegion, parsedTheme, parsedCountry);
	}

	public boolean matches(Practice practice) {
		return (this.region == null || practice.getRegion() == this.region)
				&& (this.theme == null || practice.getThemes().contains(this.theme))
				&& (this.country == null
						|| practice.allCountries().stream().anyMatch((c) -> c.code().equals(this.country)));
	}

	public boolean isEmpty() {
		return this.region == null && this.theme == null && this.country == null;
	}

	public PracticeFilter withRegion(Region region) {
		return new PracticeFilter(region, this.theme, this.country);
	}

	public PracticeFilter withTheme(Theme theme) {
		return new PracticeFilter(this.region, theme, this.country);
	}

	public PracticeFilter withCountry(String country) {
		return new PracticeFilter(this.region, this.theme, country);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static <T extends Enum<T> & VocabularyTerm> String codes(Class<T> type) {
		StringBuilder codes = new StringBuilder("one of: ");
		for (T term : type.getEnumConstants()) {
			codes.append(term.ordinal() == 0 ? "" : ", ").append(term.code());
		}
		return codes.toString();
	}

}
