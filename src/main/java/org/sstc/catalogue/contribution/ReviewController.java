package org.sstc.catalogue.contribution;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sstc.catalogue.practice.CompendiumRepository;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;
import org.sstc.catalogue.system.InvalidParameterException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' side of contributions: the review queue, a submission row by row with its
 * comments and history, and the steps of its review.
 */
@Controller
class ReviewController {

	/** The longest comment, as the longest text of a practice. */
	static final int MAX_COMMENT = 10_000;

	private final Submissions submissions;

	private final CompendiumRepository compendia;

	private final SubmissionPhotos photos;

	ReviewController(Submissions submissions, CompendiumRepository compendia, SubmissionPhotos photos) {
		this.submissions = submissions;
		this.compendia = compendia;
		this.photos = photos;
	}

	@GetMapping("/admin/submissions")
	String queue(@RequestParam(required = false) String status, Model model) {
		SubmissionStatus wanted = null;
		if (status != null && !status.isBlank()) {
			wanted = Arrays.stream(SubmissionStatus.values())
				.filter((s) -> s.isVisibleToEditors() && s.name().equals(status.strip().toUpperCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new InvalidParameterException("status", status, "a status of the review"));
		}
		model.addAttribute("submissions", this.submissions.queue(wanted));
		model.addAttribute("status", (wanted != null) ? wanted.name() : null);
		model.addAttribute("statuses",
				Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::isVisibleToEditors).toList());
		return "contribution/queue";
	}

	@GetMapping("/admin/submissions/{id}")
	String show(@PathVariable long id, Model model) {
		Submission submission = this.submissions.forReview(id);
		List<SubmissionComment> comments = this.submissions.comments(id);
		model.addAttribute("submission", submission);
		model.addAttribute("contributorEmail", this.submissions.contributorEmail(submission.getOwner()).orElse(null));
		model.addAttribute("rows", TemplateRow.ALL);
		model.addAttribute("generalComments", comments.stream().filter((c) -> c.getField() == null).toList());
		Map<String, List<SubmissionComment>> byField = comments.stream()
			.filter((c) -> c.getField() != null)
			.collect(Collectors.groupingBy(SubmissionComment::getField));
		model.addAttribute("fieldComments", byField);
		model.addAttribute("history", this.submissions.history(id));
		model.addAttribute("photo", this.photos.find(id).orElse(null));
		model.addAttribute("moves",
				submission.getStatus().editorMoves().stream().map(SubmissionStatus::name).collect(Collectors.toSet()));
		model.addAttribute("compendia", this.compendia.findAllByOrderByBienniumDesc());
		model.addAttribute("regions", Region.values());
		model.addAttribute("themes", Theme.values());
		return "contribution/review";
	}

	@PostMapping("/admin/submissions/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) String field,
			@RequestParam(required = false) String text, Principal principal, RedirectAttributes redirect) {
		String row = (field == null || field.isBlank()) ? null : field.strip();
		if (row != null && TemplateRow.named(row).isEmpty()) {
			throw new InvalidParameterException("field", row, "a row of the template");
		}
		Optional<String> comment = comment(text);
		if (comment.isEmpty()) {
			redirect.addFlashAttribute("error", "contribution.comment.required");
		}
		else {
			this.submissions.comment(id, principal.getName(), row, comment.get());
			redirect.addFlashAttribute("message", "contribution.comment.added");
		}
		return "redirect:/admin/submissions/" + id;
	}

	@PostMapping("/admin/submissions/{id}/review")
	String startReview(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.submissions.startReview(id, principal.getName());
		redirect.addFlashAttribute("message", "contribution.moved.IN_REVIEW");
		return "redirect:/admin/submissions/" + id;
	}

	@PostMapping("/admin/submissions/{id}/changes")
	String requestChanges(@PathVariable long id, @RequestParam(required = false) String comment, Principal principal,
			RedirectAttributes redirect) {
		Optional<String> why = comment(comment);
		if (why.isEmpty()) {
			redirect.addFlashAttribute("error", "contribution.changes.commentRequired");
			return "redirect:/admin/submissions/" + id;
		}
		this.submissions.requestChanges(id, principal.getName(), why.get());
		redirect.addFlashAttribute("message", "contribution.moved.CHANGES_REQUESTED");
		return "redirect:/admin/submissions/" + id;
	}

	@PostMapping("/admin/submissions/{id}/decline")
	String decline(@PathVariable long id, @RequestParam(required = false) String comment, Principal principal,
			RedirectAttributes redirect) {
		this.submissions.decline(id, principal.getName(), comment(comment).orElse(null));
		redirect.addFlashAttribute("message", "contribution.moved.DECLINED");
		return "redirect:/admin/submissions/" + id;
	}

	@PostMapping("/admin/submissions/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(required = false) Long compendium,
			@RequestParam(required = false) String region, @RequestParam(required = false) List<String> themes,
			@RequestParam(required = false) String comment, Principal principal, RedirectAttributes redirect) {
		Optional<Region> chosenRegion = VocabularyTerm.find(Region.class, region);
		List<Theme> chosenThemes = (themes != null) ? themes.stream()
			.map((code) -> VocabularyTerm.find(Theme.class, code))
			.flatMap(Optional::stream)
			.distinct()
			.toList() : List.of();
		if (compendium == null || chosenRegion.isEmpty() || chosenThemes.isEmpty()) {
			redirect.addFlashAttribute("error", "contribution.accept.incomplete");
			return "redirect:/admin/submissions/" + id;
		}
		long practiceId = this.submissions.accept(id, principal.getName(), compendium, chosenRegion.get(), chosenThemes,
				comment(comment).orElse(null));
		redirect.addFlashAttribute("message", "contribution.moved.ACCEPTED");
		redirect.addFlashAttribute("practiceId", practiceId);
		return "redirect:/admin/submissions/" + id;
	}

	private static Optional<String> comment(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String comment = text.strip();
		return Optional.of((comment.length() > MAX_COMMENT) ? comment.substring(0, MAX_COMMENT) : comment);
	}

}
