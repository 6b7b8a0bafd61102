package org.sstc.catalogue.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * One rule for the staff area: {@code /admin/**} and {@code /account/**} need a signed-in editor or administrator,
 * account management an administrator; the public catalogue needs nobody. CSRF protection on every form, a new
 * session on sign-in, and security headers on every response.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Scripts and styles only from the catalogue itself: no inline script can run. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/accounts/**", "/admin/search/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**", "/account/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.defaultSuccessUrl("/admin", false)
				.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
						+ ((exception instanceof LockedException) ? "/login?locked" : "/login?error"))))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(Accounts accounts, Clock clock) {
		return (username) -> accounts.find(username)
			.map((account) -> User.withUsername(account.getUsername())
				.password(account.getPasswordHash())
				.roles(account.getRole().name())
				.disabled(!account.isEnabled())
				.accountLocked(account.isLocked(clock.instant()))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
