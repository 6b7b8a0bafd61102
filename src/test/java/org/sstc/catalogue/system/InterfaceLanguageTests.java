package org.sstc.catalogue.system;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueClient.Response;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.PracticeContent;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The interface in English, French and Spanish: chosen with ?lang, remembered by a
 * cookie, else Accept-Language.
 */
@CatalogueTest
class InterfaceLanguageTests extends CatalogueHttpTest {

	private static final String DETAIL = "/practices/"
			+ CuratedRecords.read("compendium-2022-2023").practices().get(0).slug();

	private static final Pattern LINK = Pattern.compile("<a [^>]*>[^<]*</a>");

	/**
	 * Each page with a text only its translation has, so the English bundle answering
	 * fails the test.
	 */
	static Stream<Arguments> pages() {
		return Stream.of(arguments("/", 200, "fr", "Bonnes pratiques de coopération Sud-Sud et triangulaire"),
				arguments("/", 200, "es", "Buenas prácticas de cooperación Sur-Sur y triangular"),
				arguments("/practices", 200, "fr", "Rechercher dans les pratiques"),
				arguments("/practices", 200, "es", "Buscar en las prácticas"),
				arguments(DETAIL, 200, "fr", "Sur cette page"), arguments(DETAIL, 200, "es", "En esta página"),
				// the 404 of an exception handler, the 404 of Spring Boot's error page, a
				// 400
				arguments("/practices/no-such-practice", 404, "fr", "Page introuvable"),
				arguments("/practices/no-such-practice", 404, "es", "Página no encontrada"),
				arguments("/no/such/page", 404, "fr", "Page introuvable"),
				arguments("/no/such/page", 404, "es", "Página no encontrada"),
				arguments("/practices?region=atlantis", 400, "fr", "Cette requête n'a pas pu être comprise"),
				arguments("/practices?region=atlantis", 400, "es", "No se ha podido entender esta solicitud"),
				// the staff area's sign-in page, behind Spring Security's filters
				arguments("/login", 200, "fr", "Connexion du personnel"),
				arguments("/login", 200, "es", "Acceso del personal"));
	}

	@ParameterizedTest(name = "{0} in {2}")
	@MethodSource("pages")
	void langParameterChoosesTheLanguageAndTheCookieRemembersIt(String page, int status, String language,
			String translated) {
		Response chosen = get(withParameter(page, "lang=" + language));
		assertInLanguage(chosen, status, language, translated);
		String cookie = languageCookie(chosen);
		assertThat(cookie).startsWith("catalogue-lang=" + language + ";")
			.containsIgnoringCase("Max-Age=31536000")
			.containsIgnoringCase("SameSite=Lax")
			.containsIgnoringCase("Path=/");

		// next request: no lang, the cookie, and a browser that prefers English
		Response next = get(page, "Cookie", cookie.substring(0, cookie.indexOf(';')), "Accept-Language", "en");
		assertInLanguage(next, status, language, translated);
	}

	@ParameterizedTest(name = "{0} in {2}")
	@MethodSource("pages")
	void acceptLanguageChoosesWhenThereIsNoCookie(String page, int status, String language, String translated) {
		Response response = get(page, "Accept-Language", language);
		assertInLanguage(response, status, language, translated);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("catalogue-lang="));

		// a regional variant, after a language without an interface
		assertInLanguage(get(page, "Accept-Language", "de-CH, de;q=0.9, " + language + "-419;q=0.5"), status, language,
				translated);
	}

	@Test
	void englishWhenNothingAsksForASupportedLanguage() {
		assertInEnglish(get("/"));
		assertInEnglish(get("/", "Accept-Language", "de-DE, de;q=0.9"));
		assertInEnglish(get("/", "Accept-Language", "en-GB"));
	}

	@Test
	void anUnsupportedOrMalformedChoiceIsIgnored() {
		Response unsupported = get("/?lang=de", "Accept-Language", "en");
		assertInEnglish(unsupported);
		assertThat(unsupported.headers().allValues("Set-Cookie")).isEmpty();
		assertInEnglish(get("/?lang=%3Cscript%3E"));

		// a cookie naming another language, or not a language at all, counts as no cookie
		assertInLanguage(get("/", "Cookie", "catalogue-lang=de", "Accept-Language", "es"), 200, "es",
				"Buenas prácticas");
		assertInEnglish(get("/", "Cookie", "catalogue-lang=%%%;;"));
	}

	@Test
	void langParameterOverridesTheCookie() {
		Response response = get("/?lang=es", "Cookie", "catalogue-lang=fr");
		assertInLanguage(response, 200, "es", "Buenas prácticas");
		assertThat(languageCookie(response)).startsWith("catalogue-lang=es;");
	}

	@Test
	void switcherKeepsThePageAndItsQueryAndMarksTheCurrentLanguage() {
		String page = get("/practices?q=labour&region=africa&lang=fr&page=1").body();
		assertThat(switcherLinks(page)).containsExactly(
				"<a href=\"?q=labour&amp;region=africa&amp;page=1&amp;lang=en\" lang=\"en\" hreflang=\"en\">English</a>",
				"<a href=\"?q=labour&amp;region=africa&amp;page=1&amp;lang=fr\" lang=\"fr\" hreflang=\"fr\" aria-current=\"true\">Français</a>",
				"<a href=\"?q=labour&amp;region=africa&amp;page=1&amp;lang=es\" lang=\"es\" hreflang=\"es\">Español</a>");
		assertThat(page).contains("<nav class=\"language-switcher\" aria-label=\"Langue\">");
	}

	@Test
	void switcherOnSpringBootsErrorPageKeepsTheFailedRequestsQuery() {
		String page = get("/no/such/page?x=%C3%A9&lang=es").body();
		assertThat(switcherLinks(page)).hasSize(3)
			.allMatch((link) -> link.startsWith("<a href=\"?x=%C3%A9&amp;lang="))
			.anyMatch((link) -> link.contains("lang=es\" lang=\"es\" hreflang=\"es\" aria-current=\"true\""));
	}

	@Test
	void recordsKeepTheirOwnLanguageOnATranslatedPage() {
		PracticeContent practice = CuratedRecords.read("compendium-2022-2023").practices().get(0);
		String page = get(DETAIL + "?lang=fr").body();
		assertThat(page).contains("<html lang=\"fr\"")
			.contains("<h1 lang=\"en\">" + HtmlUtils.htmlEscape(practice.shortTitle()) + "</h1>")
			.contains("class=\"prose\" lang=\"en\"");
	}

	private Response get(String pathAndQuery, String... headers) {
		return this.client.get(pathAndQuery, "text/html", headers);
	}

	private static String withParameter(String page, String parameter) {
		return page + (page.contains("?") ? "&" : "?") + parameter;
	}

	private static void assertInLanguage(Response response, int status, String language, String translated) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.body()).contains("<html lang=\"" + language + "\"");
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains(translated)
			.doesNotContain("Browse practices")
			.doesNotContain("Skip to content");
	}

	private static void assertInEnglish(Response response) {
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"en\"").contains("Browse practices");
	}

	private static String languageCookie(Response response) {
		List<String> cookies = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("catalogue-lang="))
			.toList();
		assertThat(cookies).as("the language cookie").hasSize(1);
		return cookies.get(0);
	}

	private static List<String> switcherLinks(String page) {
		int start = page.indexOf("<nav class=\"language-switcher\"");
		assertThat(start).as("the language switcher").isNotNegative();
		String switcher = page.substring(start, page.indexOf("</nav>", start));
		return LINK.matcher(switcher).results().map((match) -> match.group().replaceAll("\\s+", " ")).toList();
	}

}
