package org.sstc.catalogue.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins; after {@value Account#MAX_FAILED_LOGINS} in a row the account is locked for a while. */
@Component
class LoginAttempts {

	private final Accounts accounts;

	LoginAttempts(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailedLogin(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
