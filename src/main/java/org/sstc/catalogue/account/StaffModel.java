package org.sstc.catalogue.account;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for the staff area's navigation: on the pages of this feature and of
 * practice editing (named by package, so that this feature does not depend on the one
 * that builds on it), and of the contributions' review.
 */
@ControllerAdvice(
		basePackages = { "org.sstc.catalogue.account", "org.sstc.catalogue.admin", "org.sstc.catalogue.contribution" })
class StaffModel {

	private final Accounts accounts;

	StaffModel(Accounts accounts) {
		this.accounts = accounts;
	}

	record Staff(String username, boolean administrator, boolean contributor) {
	}

	@ModelAttribute("staff")
	Staff staff(Principal principal) {
		if (principal == null) {
			return null;
		}
		Role role = this.accounts.find(principal.getName()).map(Account::getRole).orElse(null);
		return new Staff(principal.getName(), role == Role.ADMIN, role == Role.CONTRIBUTOR);
	}

}
