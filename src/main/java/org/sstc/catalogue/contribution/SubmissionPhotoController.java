package org.sstc.catalogue.contribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The photo of a submission: its owner sends it with a caption and an alternative text
 * (cleaned by {@link Photos}: a refusal re-shows the submission's page with why, under
 * the refusal's status, and keeps nothing), replaces or removes it while they may edit
 * the submission; the owner and the editors see it, served by {@link PhotoResponses}.
 */
@Controller
class SubmissionPhotoController {

	private final SubmissionPhotos photos;

	private final Photos cleaner;

	private final Accounts accounts;

	private final SubmissionPage page;

	SubmissionPhotoController(SubmissionPhotos photos, Photos cleaner, Accounts accounts, SubmissionPage page) {
		this.photos = photos;
		this.cleaner = cleaner;
		this.accounts = accounts;
		this.page = page;
	}

	@InitBinder("photoForm")
	void bindForm(WebDataBinder binder) {
		binder.setAllowedFields("photo", "caption", "altText");
	}

	@PostMapping("/contribute/submissions/{id}/photo")
	String upload(@PathVariable long id, @Valid @ModelAttribute("photoForm") PhotoForm form, BindingResult result,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Account owner = owner(principal);
		Submission submission = this.photos.editable(id, owner);
		boolean hasPhoto = this.photos.find(id).isPresent();
		if (form.file() == null && !hasPhoto) {
			result.rejectValue("photo", "contribution.photo.required");
		}
		if (result.hasErrors()) {
			return reshow(submission, HttpStatus.BAD_REQUEST, model, response);
		}
		if (form.file() == null) {
			this.photos.describe(id, owner, form.getCaption(), form.getAltText());
			redirect.addFlashAttribute("message", "contribution.photo.described");
			return "redirect:/contribute/submissions/" + id + "#photo";
		}
		CleanPhoto clean;
		try {
			clean = this.cleaner.clean(form.file().getBytes());
		}
		catch (PhotoRejectedException ex) {
			result.addError(new FieldError("photoForm", "photo", null, false, ex.getCodes(), ex.getArguments(), null));
			return reshow(submission, ex.status(), model, response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read an uploaded photo", ex);
		}
		this.photos.replace(id, owner, clean, form.getCaption(), form.getAltText());
		redirect.addFlashAttribute("message", hasPhoto ? "contribution.photo.replaced" : "contribution.photo.added");
		return "redirect:/contribute/submissions/" + id + "#photo";
	}

	@PostMapping("/contribute/submissions/{id}/photo/delete")
	String remove(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.photos.remove(id, owner(principal));
		redirect.addFlashAttribute("message", "contribution.photo.removed");
		return "redirect:/contribute/submissions/" + id + "#photo";
	}

	@GetMapping("/contribute/submissions/{id}/photo")
	ResponseEntity<byte[]> ownersPhoto(@PathVariable long id, Principal principal) {
		return serve(id, this.photos.ofOwner(id, owner(principal)).orElse(null));
	}

	@GetMapping("/admin/submissions/{id}/photo")
	ResponseEntity<byte[]> reviewersPhoto(@PathVariable long id) {
		return serve(id, this.photos.forReview(id).orElse(null));
	}

	private static ResponseEntity<byte[]> serve(long id, CleanPhoto photo) {
		if (photo == null) {
			throw new SubmissionNotFoundException(id);
		}
		return PhotoResponses.ok(photo, "submission-" + id);
	}

	/**
	 * The submission's page again, its template form as saved, the photo form with its
	 * errors.
	 */
	private String reshow(Submission submission, HttpStatus status, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		// the photo's section is at the foot of a long page: the top says where to look
		model.addAttribute("error", "contribution.photo.notKept");
		return this.page.show(SubmissionForm.of(submission.getBody(), submission.getVersion()), submission, model);
	}

	private Account owner(Principal principal) {
		return this.accounts.find(principal.getName()).orElseThrow();
	}

}
