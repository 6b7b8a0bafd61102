package org.sstc.catalogue.contribution;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The contributor's page of a submission (the online template, the editors' comments, the
 * history, the photo), shown by the controller of each of its forms: the template's and
 * the photo's, each re-showing it with its own errors.
 */
@Component
class SubmissionPage {

	static final String VIEW = "contribution/submission";

	private final Submissions submissions;

	private final SubmissionPhotos photos;

	private final PhotoProperties photoLimits;

	SubmissionPage(Submissions submissions, SubmissionPhotos photos, PhotoProperties photoLimits) {
		this.submissions = submissions;
		this.photos = photos;
		this.photoLimits = photoLimits;
	}

	/**
	 * The page of the submission (null for a new one) with this template form, and the
	 * photo form as the model holds it already (with its errors) or filled from the photo
	 * kept.
	 */
	String show(SubmissionForm form, Submission submission, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("submission", submission);
		model.addAttribute("rows", TemplateRow.ALL);
		boolean editable = submission == null || submission.getStatus().isEditableByContributor();
		model.addAttribute("editable", editable);
		if (submission != null) {
			List<SubmissionComment> comments = this.submissions.comments(submission.getId());
			model.addAttribute("generalComments", comments.stream().filter((c) -> c.getField() == null).toList());
			Map<String, List<SubmissionComment>> byField = comments.stream()
				.filter((c) -> c.getField() != null)
				.collect(Collectors.groupingBy(SubmissionComment::getField));
			model.addAttribute("fieldComments", byField);
			List<SubmissionEvent> history = this.submissions.history(submission.getId());
			model.addAttribute("history", history);
			// what the editors said with their last step (changes requested, declined,
			// accepted)
			model.addAttribute("lastStep", history.isEmpty() ? null : history.get(history.size() - 1));
			SubmissionPhotoView photo = this.photos.find(submission.getId()).orElse(null);
			model.addAttribute("photo", photo);
			// the limits the photo form's hints give
			model.addAttribute("photoMaxMegabytes",
					TemplateDocumentInspection.megabytes(this.photoLimits.maxSize().toBytes()));
			model.addAttribute("photoMaxCaption", SubmissionPhotos.MAX_CAPTION);
			model.addAttribute("photoMaxAltText", SubmissionPhotos.MAX_ALT_TEXT);
			if (!model.containsAttribute("photoForm")) {
				model.addAttribute("photoForm", PhotoForm.of(photo));
			}
		}
		else {
			model.addAttribute("generalComments", List.of());
			model.addAttribute("fieldComments", Map.of());
			model.addAttribute("history", List.of());
		}
		return VIEW;
	}

}
