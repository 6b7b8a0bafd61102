package org.sstc.catalogue.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone whose password was reset by an administrator must choose a new one before using
 * the staff area, or the contributors' area.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer {

	private final Accounts accounts;

	PasswordChangeRequired(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication == null || !authentication.isAuthenticated()) {
					return true;
				}
				boolean mustChange = PasswordChangeRequired.this.accounts.find(authentication.getName())
					.map(Account::isMustChangePassword)
					.orElse(false);
				if (mustChange) {
					response.sendRedirect(request.getContextPath() + "/account/password");
					return false;
				}
				return true;
			}

		})
			.addPathPatterns("/admin/**", SecurityConfiguration.CONTRIBUTOR_HOME,
					SecurityConfiguration.CONTRIBUTOR_HOME + "/**");
	}

}
