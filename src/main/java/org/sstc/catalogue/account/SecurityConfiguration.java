package org.sstc.catalogue.account;

import java.net.URI;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.sstc.catalogue.system.SecurityHeaders;

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
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * One rule for the staff area: {@code /admin/**} needs a signed-in editor or
 * administrator; account management, compendia, bulk import and search maintenance an
 * administrator; {@code /contribute/**} a contributor, who reaches nothing of the staff
 * area; {@code /account/**} (one's own password) any of them; the public catalogue (the
 * invitation links and the blank Word template too) needs nobody. Sign-in through
 * {@link ThrottledSignIn}; every failure, whatever its cause, gets the same answer. CSRF
 * protection on every form, a new session on sign-in, sessions kept in PostgreSQL by
 * Spring Session, and security headers on every response.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityConfiguration {

	/** Where a contributor lands after sign-in. */
	static final String CONTRIBUTOR_HOME = "/contribute";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, KnownDevices knownDevices) throws Exception {
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
				.successHandler(rememberingTheDevice(knownDevices))
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + "/login?error")))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(signInAgainWhenTheSessionEnded()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			// OAI-PMH harvesters may POST their requests (the protocol asks for it);
			// answering them changes nothing
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/oai"))
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
	private static AuthenticationSuccessHandler rememberingTheDevice(KnownDevices knownDevices) {
		var toWhereTheyWereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
		toWhereTheyWereGoing.setDefaultTargetUrl("/admin");
		var contributorsToWhereTheyWereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
		contributorsToWhereTheyWereGoing.setDefaultTargetUrl(CONTRIBUTOR_HOME);
		RequestCache savedRequests = new HttpSessionRequestCache();
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
	 * A form sent from a session that has ended meanwhile (its account disabled, or
	 * signed out elsewhere) carries a CSRF token the server no longer knows: that person
	 * is asked to sign in again rather than shown a bare 403.
	 */
	private static AccessDeniedHandler signInAgainWhenTheSessionEnded() {
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			if (exception instanceof CsrfException && sessionEnded(request)) {
				response.sendRedirect(request.getContextPath() + "/login");
			}
			else {
				forbidden.handle(request, response, exception);
			}
		};
	}

	private static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
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
