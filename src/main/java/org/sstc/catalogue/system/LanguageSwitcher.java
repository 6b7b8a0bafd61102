package org.sstc.catalogue.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The links of the header's language switcher: the same page and query with only
 * {@code lang} changed. They are computed here because Thymeleaf 3.1 keeps request
 * parameters out of the templates, and kept in a request attribute rather than added to
 * the model because pages rendered by exception handlers (the 404 of an unknown practice)
 * get no {@code @ModelAttribute}s.
 */
final class LanguageSwitcher implements HandlerInterceptor {

	static final String ATTRIBUTE = "languages";

	/**
	 * One language of the switcher.
	 *
	 * @param tag the language tag, for {@code lang} and {@code hreflang}
	 * @param name the language's name in that language, so a person finds their own
	 * whatever the page's language
	 * @param href a query-only relative address: the browser keeps the path, so no
	 * address from the request (whose path a client controls) is ever echoed into a link
	 * @param current whether the page is in this language
	 */
	record Language(String tag, String name, String href, boolean current) {

	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Locale current = RequestContextUtils.getLocale(request);
		String otherParameters = withoutLanguage(query(request));
		List<Language> languages = LanguageConfiguration.LANGUAGES.stream()
			.map((locale) -> new Language(locale.toLanguageTag(), autonym(locale),
					"?" + otherParameters + LanguageConfiguration.PARAMETER + "=" + locale.toLanguageTag(),
					locale.getLanguage().equals(current.getLanguage())))
			.toList();
		request.setAttribute(ATTRIBUTE, languages);
		return true;
	}

	/**
	 * The query of the address in the browser, which on an error page is the failed
	 * request's, not /error's.
	 */
	private static String query(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		}
		return request.getQueryString();
	}

	/**
	 * The query's parameters other than {@code lang}, still encoded, each followed by
	 * {@code &}.
	 */
	private static String withoutLanguage(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		StringJoiner kept = new StringJoiner("&", "", "&").setEmptyValue("");
		for (String parameter : query.split("&")) {
			if (!parameter.isEmpty() && !LanguageConfiguration.PARAMETER.equals(parameterName(parameter))) {
				kept.add(parameter);
			}
		}
		return kept.toString();
	}

	private static String parameterName(String parameter) {
		int equals = parameter.indexOf('=');
		String name = (equals >= 0) ? parameter.substring(0, equals) : parameter;
		try {
			return URLDecoder.decode(name, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

	private static String autonym(Locale locale) {
		String name = locale.getDisplayLanguage(locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
