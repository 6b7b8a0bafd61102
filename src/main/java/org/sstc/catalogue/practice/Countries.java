package org.sstc.catalogue.practice;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {

	private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	private Countries() {
	}

	public static boolean isIsoCode(String code) {
		return code != null && ISO_CODES.contains(code);
	}

}
