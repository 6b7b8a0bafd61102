package org.sstc.catalogue.practice;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of countries and funding sources as the pages show them, in the interface
 * language: the templates call it as {@code @displayNames}. The records name countries in
 * English; in French and Spanish the JDK's own locale data (CLDR) names them, as the
 * message bundles name themes. A funding source whose code has a message
 * ({@code funding.rbtc}) is named by it in every language; the others keep the record's
 * English name.
 */
@Component("displayNames")
public class DisplayNames {

	/**
	 * A name to show, and the language it is in when that is not the page's ({@code "en"}
	 * for a record's own words), for the element's {@code lang} attribute; null when it
	 * is in the page's language.
	 */
	public record Name(String text, String lang) {
	}

	private final MessageSource messages;

	private final Map<String, String> countryNames = new ConcurrentHashMap<>();

	DisplayNames(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The name of a country: the record's English name on English pages, the CLDR name in
	 * the other languages.
	 */
	public Name country(String code, String englishName) {
		Locale locale = LocaleContextHolder.getLocale();
		if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) || code == null) {
			return english(englishName);
		}
		String translated = this.countryNames.computeIfAbsent(locale.getLanguage() + ":" + code,
				(key) -> cldrName(code, locale));
		// the JDK answers with the code itself for a region it does not know
		return translated.isBlank() || translated.equals(code) ? english(englishName) : new Name(translated, null);
	}

	/**
	 * The name of a funding source: its message where the catalogue gives one, else the
	 * record's English name.
	 */
	public Name funding(String code, String englishName) {
		String label = (code != null)
				? this.messages.getMessage("funding." + code, null, null, LocaleContextHolder.getLocale()) : null;
		return (label != null) ? new Name(label, null) : english(englishName);
	}

	/**
	 * The name of a value of a facet whose values are names rather than vocabulary terms
	 * (countries, partner organisations, funding sources), given the English label the
	 * search found for it.
	 */
	public Name facetValue(String facet, String value, String label) {
		return switch (facet) {
			case "country" -> country(value, label);
			case "funding" -> funding(value, label);
			default -> english(label);
		};
	}

	private static String cldrName(String code, Locale locale) {
		try {
			return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
		}
		catch (IllformedLocaleException ex) {
			return code;
		}
	}

	private static Name english(String name) {
		return new Name(name, "en");
	}

}
