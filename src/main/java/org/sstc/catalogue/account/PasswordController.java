package org.sstc.catalogue.account;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every account can change its own password; after an administrator's reset it must. */
@Controller
class PasswordController {

	private final Accounts accounts;

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {
	}

	@GetMapping("/account/password")
	String form(Principal principal, Model model) {
		model.addAttribute("form", new PasswordForm(null, null, null));
		model.addAttribute("required",
				this.accounts.find(principal.getName()).map(Account::isMustChangePassword).orElse(false));
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			HttpSession session, Model model, RedirectAttributes redirect) {
		Accounts.passwordProblem(form.newPassword())
			.ifPresent((problem) -> result.rejectValue("newPassword", "validation." + problem,
					new Object[] { Accounts.MIN_PASSWORD_LENGTH }, null));
		if (form.newPassword() != null && !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "validation.password.mismatch");
		}
		if (!result.hasErrors() && !this.accounts.changePassword(principal.getName(), form.currentPassword(),
				form.newPassword(), session.getId())) {
			result.rejectValue("currentPassword", "validation.password.wrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("required", false);
			return "account/password";
		}
		redirect.addFlashAttribute("message", "account.passwordChanged");
		boolean contributor = this.accounts.find(principal.getName())
			.map((account) -> account.getRole() == Role.CONTRIBUTOR)
			.orElse(false);
		return "redirect:" + (contributor ? SecurityConfiguration.CONTRIBUTOR_HOME : "/admin");
	}

}
