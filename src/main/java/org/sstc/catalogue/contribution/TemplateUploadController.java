package org.sstc.catalogue.contribution;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Accounts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A filled Word template sent by a contributor: read into a new draft, every row it could
 * place in its field, with a report of the rows it could not place; a file it refuses
 * changes nothing, and the contributor's page says why.
 */
@Controller
class TemplateUploadController {

	private final TemplateDocuments documents;

	private final Submissions submissions;

	private final Accounts accounts;

	private final MessageSource messages;

	TemplateUploadController(TemplateDocuments documents, Submissions submissions, Accounts accounts,
			MessageSource messages) {
		this.documents = documents;
		this.submissions = submissions;
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping("/contribute/submissions/word")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Account owner = this.accounts.find(principal.getName()).orElseThrow();
		if (file == null || file.isEmpty()) {
			return refused(this.messages.getMessage("contribution.word.missing", null, locale),
					HttpServletResponse.SC_BAD_REQUEST, owner, model, response);
		}
		TemplateReading reading;
		try (InputStream in = file.getInputStream()) {
			reading = this.documents.read(in);
		}
		catch (TemplateDocumentException ex) {
			return refused(this.messages.getMessage(ex, locale), ex.getStatusCode().value(), owner, model, response);
		}
		Submission draft = this.submissions.createDraft(owner, reading.body());
		redirect.addFlashAttribute("message", "contribution.word.read");
		redirect.addFlashAttribute("unplacedRows", reading.unplacedRows());
		return "redirect:/contribute/submissions/" + draft.getId();
	}

	private String refused(String reason, int status, Account owner, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("submissions", this.submissions.ownedBy(owner));
		model.addAttribute("wordRefusal", reason);
		return "contribution/home";
	}

}
