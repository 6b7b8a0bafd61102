package org.sstc.catalogue.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface languages: English, French and Spanish (the records stay in English). A
 * {@code lang} parameter on any page switches the language and a cookie remembers the
 * choice for a year; without the cookie, the browser's Accept-Language chooses among the
 * three, and English is the answer when it names none of them.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	/** In the order the switcher shows them; the first is the default. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

	static final String PARAMETER = "lang";

	static final String COOKIE = "catalogue-lang";

	/** The bean name is the one DispatcherServlet looks the resolver up by. */
	@Bean
	LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(LANGUAGES);
		browser.setDefaultLocale(LANGUAGES.get(0));
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {

			@Override
			protected Locale parseLocaleValue(String value) {
				// a cookie naming a language without an interface counts as no cookie, so
				// <html lang> stays true
				return supported(value).orElse(null);
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(secureCookies);
		// by default a malformed cookie fails every request with a 500 until the person
		// clears it
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction(browser::resolveLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// in this order: the switcher marks the language the first one has just chosen
		registry.addInterceptor(new LanguageChangeInterceptor());
		registry.addInterceptor(new LanguageSwitcher());
	}

	/**
	 * The supported language a tag such as {@code fr}, {@code FR} or {@code fr-CA} asks
	 * for, if any.
	 */
	static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return LANGUAGES.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst();
	}

	/**
	 * A {@code lang} naming a language without an interface leaves the current choice as
	 * it is.
	 */
	private static final class LanguageChangeInterceptor extends LocaleChangeInterceptor {

		private static final String APPLIED = LanguageChangeInterceptor.class.getName() + ".applied";

		LanguageChangeInterceptor() {
			setParamName(PARAMETER);
			setIgnoreInvalidLocale(true);
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws ServletException {
			// once per request: the error dispatch of a failed request would send the
			// cookie a second time
			if (request.getAttribute(APPLIED) != null) {
				return true;
			}
			request.setAttribute(APPLIED, Boolean.TRUE);
			return super.preHandle(request, response, handler);
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			return supported(value).orElseThrow(() -> new IllegalArgumentException("No interface in " + value));
		}

	}

}
