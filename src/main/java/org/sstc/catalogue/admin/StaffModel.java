package org.sstc.catalogue.admin;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the staff area's navigation. */
@ControllerAdvice(assignableTypes = { AdminPracticeController.class, AdminAccountController.class,
		PasswordController.class })
class StaffModel {

	private final Accounts accounts;

	StaffModel(Accounts accounts) {
		this.accounts = accounts;
	}

	record Staff(String username, boolean administrator) {
	}

	@ModelAttribute("staff")
	Staff staff(Principal principal) {
		if (principal == null) {
			return null;
		}
		boolean administrator = this.accounts.find(principal.getName())
			.map((account) -> account.getRole() == Role.ADMIN)
			.orElse(false);
		return new Staff(principal.getName(), administrator);
	}

}
