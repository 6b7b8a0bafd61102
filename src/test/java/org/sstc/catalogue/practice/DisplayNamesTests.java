package org.sstc.catalogue.practice;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Countries and funding sources named in the interface language, with the message bundles
 * the pages use.
 */
@Tag("unit")
class DisplayNamesTests {

	private final DisplayNames names = new DisplayNames(bundles());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishPagesKeepTheRecordsNamesOfCountries() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.names.country("KR", "Republic of Korea"))
			.isEqualTo(new DisplayNames.Name("Republic of Korea", "en"));
	}

	@Test
	void frenchAndSpanishPagesNameCountriesFromTheJdksLocaleData() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.names.country("BR", "Brazil")).isEqualTo(new DisplayNames.Name("Brésil", null));
		assertThat(this.names.facetValue("country", "CI", "Côte d'Ivoire").text()).isEqualTo("Côte d’Ivoire");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.names.country("DE", "Germany").text()).isEqualTo("Alemania");
	}

	@Test
	void aCodeTheJdkDoesNotKnowKeepsTheRecordsName() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.names.country("QQ", "Somewhere")).isEqualTo(new DisplayNames.Name("Somewhere", "en"));
		assertThat(this.names.country("not a code", "Elsewhere")).isEqualTo(new DisplayNames.Name("Elsewhere", "en"));
	}

	@Test
	void fundingSourcesThatReadAlikeAreToldApartInEveryLanguage() {
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es") }) {
			LocaleContextHolder.setLocale(locale);
			String rbtc = this.names.funding("rbtc", "ILO Regular Budget Technical Cooperation (RBTC)").text();
			String regular = this.names.funding("ilo-regular-budget", "ILO regular budget / Programme and Budget")
				.text();
			assertThat(rbtc).as("%s", locale).startsWith("RBTC");
			assertThat(regular).as("%s", locale).doesNotStartWith("RBTC").contains("RBTC");
		}
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.names.funding("eu", "European Union (EU)"))
			.isEqualTo(new DisplayNames.Name("European Union (EU)", "en"));
		assertThat(this.names.facetValue("organisation", "ECOWAS", "Economic Community of West African States"))
			.isEqualTo(new DisplayNames.Name("Economic Community of West African States", "en"));
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
