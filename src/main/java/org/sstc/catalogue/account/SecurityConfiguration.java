package org.sstc.catalogue.account;

import java.net.URI;
import java.time.Clock;

import org.sstc.catalogue.system.SecurityHeaders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * One rule for the staff area: {@code /admin/**} needs a signed-in editor or
 * administrator; account management, compendia, bulk import and search maintenance an
 * administrator; {@code /contribute/**} a contributor, who reaches nothing of the staff
 * area; {@code /account/**} (one's own password) any of them; the public catalogue (the
 * invitation links and the blank Word template too) needs nobody. Sign-in through
 * {@link ThrottledSignIn}; every failure, whatever its cause, gets the same answer. CSRF
 * protection on every form (its token in a cookie), a new session on sign-in and none
 * before it, sessions kept in PostgreSQL by Spring Session, and security headers on every
 * response.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityConfiguration {

	/** Where a contributor lands after sign-in. */
	static final String CONTRIBUTOR_HOME = "/contribute";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, KnownDevices knownDevices,
			@Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secureCookies) throws Exception {
		// Neither the sign-in form's CSRF token nor the address a visitor was going to
		// is kept in a session: each goes in a cookie of its own, so that no anonymous
		// request (the sign-in page, a staff address) creates a session, a row of
		// PostgreSQL that anyone could otherwise make by the million. Sessions are
		// for the signed-in.
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> {
			cookie.sameSite("Lax");
			if (secureCookies != null) {
				cookie.secure(secureCookies);
			}
		});
		RequestCache savedRequests = new SavedRequestCookies(secureCookies);
		http.authorizeHttpRequests((requests) -> requests
			// the blank contribution template is a blank form: anyone may download it
			// (and
			// ask for its headers alone, as link checkers do)
			.requestMatchers(HttpMethod.GET, "/contribute/template.docx")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/contribute/template.docx")
			.permitAll()
			.requestMatchers("/admin/accounts/**", "/admin/search/**", "/admin/compendia/**", "/admin/import/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.requestMatchers("/account/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name(), Role.CONTRIBUTOR.name())
			.requestMatchers("/contribute", "/contribute/**")
			.hasRole(Role.CONTRIBUTOR.name())
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.authenticationDetailsSource(SignInDetails::new)
				.successHandler(rememberingTheDevice(knownDevices, savedRequests))
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + "/login?error")))
			.requestCache((cache) -> cache.requestCache(savedRequests))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			// OAI-PMH harvesters may POST their requests (the protocol asks for it);
			// answering them changes nothing
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers("/oai"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * After sign-in, staff go where they were going, or to {@code /admin}; contributors
	 * to their own page, or to where they were going in it (never to a staff page, which
	 * would only refuse them).
	 */
	private static AuthenticationSuccessHandler rememberingTheDevice(KnownDevices knownDevices,
			RequestCache savedRequests) {
		var toWhereTheyWereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
		toWhereTheyWereGoing.setDefaultTargetUrl("/admin");
		toWhereTheyWereGoing.setRequestCache(savedRequests);
		var contributorsToWhereTheyWereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
		contributorsToWhereTheyWereGoing.setDefaultTargetUrl(CONTRIBUTOR_HOME);
		contributorsToWhereTheyWereGoing.setRequestCache(savedRequests);
		return (request, response, authentication) -> {
			knownDevices.remember(request, response, authentication.getName());
			boolean contributor = authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> ("ROLE_" + Role.CONTRIBUTOR.name()).equals(authority.getAuthority()));
			if (!contributor) {
				toWhereTheyWereGoing.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			SavedRequest saved = savedRequests.getRequest(request, response);
			String contributorArea = request.getContextPath() + CONTRIBUTOR_HOME;
			if (saved != null && !URI.create(saved.getRedirectUrl()).getPath().startsWith(contributorArea)) {
				savedRequests.removeRequest(request, response);
			}
			contributorsToWhereTheyWereGoing.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * The session cookie holds Spring Session's id as it is, not Base64-encoded (its
	 * default): decoded, any cookie could carry text that PostgreSQL refuses with an
	 * error (a NUL), where a raw cookie value cannot.
	 */
	@Bean
	DefaultCookieSerializerCustomizer rawSessionIds() {
		return (serializer) -> serializer.setUseBase64Encoding(false);
	}

	/**
	 * No observation per security filter, sign-in or access decision: the catalogue
	 * exports metrics, not traces, and observing each of the dozen filters of every
	 * request cost more than some of the filters themselves. Requests stay observed as a
	 * whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
