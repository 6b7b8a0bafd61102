package org.sstc.catalogue.account;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account management, for administrators only. */
@Controller
class AdminAccountController {

	private final Accounts accounts;

	AdminAccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	record NewAccountForm(String username, String password, String role) {
	}

	record ResetForm(String temporaryPassword) {
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("form", new NewAccountForm(null, null, Role.EDITOR.name()));
		return page(model);
	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String username = this.accounts.checkNewAccount(form.username(), form.password(), result);
		Role role = Role.EDITOR;
		try {
			role = Role.valueOf(String.valueOf(form.role()).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("role", "validation.invalid");
		}
		if (!Role.STAFF.contains(role)) {
			// contributors are invited, so that they choose their own password
			result.rejectValue("role", "validation.invalid");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		this.accounts.create(username, form.password(), role, true);
		redirect.addFlashAttribute("message", "accounts.created");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		boolean self = this.accounts.find(principal.getName()).map((a) -> a.getId() == id).orElse(false);
		if (self) {
			redirect.addFlashAttribute("error", "accounts.cannotDisableSelf");
		}
		else {
			this.accounts.disable(id);
			redirect.addFlashAttribute("message", "accounts.disabled");
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.enable(id);
		redirect.addFlashAttribute("message", "accounts.enabled");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/reset")
	String reset(@PathVariable long id, @ModelAttribute ResetForm form, RedirectAttributes redirect) {
		if (Accounts.passwordProblem(form.temporaryPassword()).isPresent()) {
			redirect.addFlashAttribute("error", "accounts.resetTooShort");
		}
		else {
			this.accounts.resetPassword(id, form.temporaryPassword());
			redirect.addFlashAttribute("message", "accounts.wasReset");
		}
		return "redirect:/admin/accounts";
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.STAFF);
		model.addAttribute("minPasswordLength", Accounts.MIN_PASSWORD_LENGTH);
		return "account/accounts";
	}

}
