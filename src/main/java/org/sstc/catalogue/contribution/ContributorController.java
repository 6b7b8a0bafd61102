package org.sstc.catalogue.contribution;

import java.security.Principal;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contributor's pages: their submissions, and the online template, which saves a draft
 * at any time (only what is given is checked) or submits it (then the required rows must
 * be given). A submission of another contributor is not found.
 */
@Controller
class ContributorController {

	private final Submissions submissions;

	private final Accounts accounts;

	private final SmartValidator validator;

	private final SubmissionPage page;

	ContributorController(Submissions submissions, Accounts accounts, SmartValidator validator, SubmissionPage page) {
		this.submissions = submissions;
		this.accounts = accounts;
		this.validator = validator;
		this.page = page;
	}

	/** Only the rows of the template and the version are bound; never ids or lists. */
	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.setAllowedFields("text[*]", "baseVersion");
	}

	@GetMapping("/contribute")
	String home(Principal principal, Model model) {
		model.addAttribute("submissions", this.submissions.ownedBy(owner(principal)));
		return "contribution/home";
	}

	@GetMapping("/contribute/submissions/new")
	String create(Model model) {
		return showForm(SubmissionForm.of(null, 0), null, model);
	}

	@PostMapping("/contribute/submissions")
	String create(@ModelAttribute("form") SubmissionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Principal principal, Model model,
			RedirectAttributes redirect) {
		boolean submit = "submit".equals(action);
		check(form, result, submit);
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		Account owner = owner(principal);
		Submission submission = this.submissions.createDraft(owner, form.body());
		if (submit) {
			this.submissions.submit(submission.getId(), owner);
		}
		redirect.addFlashAttribute("message", submit ? "contribution.submitted" : "contribution.saved");
		return "redirect:/contribute/submissions/" + submission.getId();
	}

	@GetMapping("/contribute/submissions/{id}")
	String show(@PathVariable long id, Principal principal, Model model) {
		Submission submission = this.submissions.ownedBy(id, owner(principal));
		return showForm(SubmissionForm.of(submission.getBody(), submission.getVersion()), submission, model);
	}

	@PostMapping("/contribute/submissions/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") SubmissionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Principal principal, Model model,
			RedirectAttributes redirect) {
		Account owner = owner(principal);
		Submission submission = this.submissions.ownedBy(id, owner);
		boolean submit = "submit".equals(action);
		check(form, result, submit);
		if (result.hasErrors()) {
			return showForm(form, submission, model);
		}
		long baseVersion = (form.getBaseVersion() != null) ? form.getBaseVersion() : -1;
		this.submissions.saveDraft(id, owner, baseVersion, form.bodyOver(submission.getBody()));
		if (submit) {
			this.submissions.submit(id, owner);
		}
		redirect.addFlashAttribute("message", submit ? "contribution.submitted" : "contribution.saved");
		return "redirect:/contribute/submissions/" + id;
	}

	/**
	 * The practice's own rules ({@link org.sstc.catalogue.admin.ValidSections}); for a
	 * draft only on what was given, so that an empty row is no error until it is
	 * submitted.
	 */
	private void check(SubmissionForm form, BindingResult result, boolean submit) {
		if (submit) {
			this.validator.validate(form, result);
			return;
		}
		BindingResult all = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, all);
		for (FieldError error : all.getFieldErrors()) {
			if (error.getRejectedValue() instanceof String value && !value.isBlank()) {
				result.addError(error);
			}
		}
	}

	private String showForm(SubmissionForm form, Submission submission, Model model) {
		return this.page.show(form, submission, model);
	}

	private Account owner(Principal principal) {
		return this.accounts.find(principal.getName()).orElseThrow();
	}

}
