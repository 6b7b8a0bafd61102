package org.sstc.catalogue.contribution;

import java.security.Principal;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.sstc.catalogue.account.Accounts;
import org.sstc.catalogue.contribution.Invitations.InvalidInvitationException;
import org.sstc.catalogue.contribution.Invitations.State;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting contributors (administrators, beside the accounts) and accepting an invitation
 * (anyone with its link): the person chooses a username and a password, by the rules of
 * staff accounts, and signs in as a contributor.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final Accounts accounts;

	InvitationController(Invitations invitations, Accounts accounts) {
		this.invitations = invitations;
		this.accounts = accounts;
	}

	record InvitationForm(String name, String email) {
	}

	record AcceptForm(String username, String password, String confirmation) {
	}

	@GetMapping("/admin/accounts/invitations")
	String list(Model model) {
		model.addAttribute("form", new InvitationForm(null, null));
		return page(model);
	}

	@PostMapping("/admin/accounts/invitations")
	String invite(@ModelAttribute("form") InvitationForm form, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect) {
		String name = (form.name() == null) ? "" : form.name().strip();
		String email = (form.email() == null) ? "" : form.email().strip();
		if (name.isEmpty()) {
			result.rejectValue("name", "validation.required");
		}
		else if (name.length() > Invitations.MAX_NAME) {
			result.rejectValue("name", "contribution.invitation.nameTooLong");
		}
		if (!Invitations.isPossibleEmail(email)) {
			result.rejectValue("email", "contribution.invitation.email");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		Invitations.Invited invited = this.invitations.invite(name, email, principal.getName());
		redirect.addFlashAttribute("message", "contribution.invitation.sent");
		redirect.addFlashAttribute("messageArgument", email);
		redirect.addFlashAttribute("invitationLink", invited.link());
		return "redirect:/admin/accounts/invitations";
	}

	@GetMapping("/invitations/{token}")
	String accept(@PathVariable String token, Model model, HttpServletResponse response) {
		State state = this.invitations.state(token);
		if (state != State.VALID) {
			return invalid(state, response, model);
		}
		model.addAttribute("form", new AcceptForm(null, null, null));
		return acceptPage(token, model);
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @ModelAttribute("form") AcceptForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		State state = this.invitations.state(token);
		if (state != State.VALID) {
			return invalid(state, response, model);
		}
		String username = this.accounts.checkNewAccount(form.username(), form.password(), result);
		if (form.password() != null && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "validation.password.mismatch");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return acceptPage(token, model);
		}
		try {
			this.invitations.accept(token, username, form.password());
		}
		catch (InvalidInvitationException ex) {
			return invalid(ex.state(), response, model);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// the same link sent twice at once: the other request used it
			return invalid(State.USED, response, model);
		}
		return "redirect:/login?invited";
	}

	private String acceptPage(String token, Model model) {
		this.invitations.find(token).ifPresent((invitation) -> model.addAttribute("invitee", invitation.getName()));
		model.addAttribute("token", token);
		model.addAttribute("minPasswordLength", Accounts.MIN_PASSWORD_LENGTH);
		return "contribution/accept-invitation";
	}

	/** Unknown: 404; expired or used: 410, the link is gone for good. */
	private static String invalid(State state, HttpServletResponse response, Model model) {
		response.setStatus((state == State.UNKNOWN) ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("state", state.name());
		return "contribution/invitation-invalid";
	}

	private String page(Model model) {
		model.addAttribute("invitations", this.invitations.all());
		model.addAttribute("now", Instant.now());
		return "contribution/invitations";
	}

}
