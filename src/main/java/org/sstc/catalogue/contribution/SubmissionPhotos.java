package org.sstc.catalogue.contribution;

import java.time.Clock;
import java.util.Optional;

import org.sstc.catalogue.account.Account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo of a submission: its owner sends, replaces or removes it while they may edit
 * the submission (else {@link SubmissionConflictException}); its owner and the editors
 * (once it is submitted) see it. Another contributor's submission is not found, as
 * everywhere in contributions.
 */
@Service
@Transactional
public class SubmissionPhotos {

	/** The longest caption, a sentence or two. */
	static final int MAX_CAPTION = 300;

	/** The longest alternative text: screen readers read it in one go. */
	static final int MAX_ALT_TEXT = 250;

	private final SubmissionPhotoRepository photos;

	private final Submissions submissions;

	private final Clock clock;

	SubmissionPhotos(SubmissionPhotoRepository photos, Submissions submissions, Clock clock) {
		this.photos = photos;
		this.submissions = submissions;
		this.clock = clock;
	}

	/** The photo of a submission as a page shows it (callers checked who asks). */
	@Transactional(readOnly = true)
	public Optional<SubmissionPhotoView> find(long submissionId) {
		return this.photos.findViewBySubmissionId(submissionId);
	}

	/**
	 * Keeps the clean photo as the submission's, in place of any earlier one.
	 * @throws SubmissionNotFoundException when the submission is not the owner's
	 * @throws SubmissionConflictException when its status allows no change
	 */
	public void replace(long submissionId, Account owner, CleanPhoto photo, String caption, String altText) {
		editable(submissionId, owner);
		SubmissionPhoto kept = this.photos.findById(submissionId).orElseGet(() -> new SubmissionPhoto(submissionId));
		kept.replace(photo, caption, altText, this.clock.instant());
		this.photos.save(kept);
	}

	/**
	 * Changes the caption and alternative text of the submission's photo.
	 * @return false when it has none
	 */
	public boolean describe(long submissionId, Account owner, String caption, String altText) {
		editable(submissionId, owner);
		Optional<SubmissionPhoto> kept = this.photos.findById(submissionId);
		kept.ifPresent((photo) -> photo.describe(caption, altText));
		return kept.isPresent();
	}

	/** Removes the submission's photo, if it has one. */
	public void remove(long submissionId, Account owner) {
		editable(submissionId, owner);
		this.photos.deleteById(submissionId);
	}

	/** The photo of the owner's submission, to serve to them. */
	@Transactional(readOnly = true)
	public Optional<CleanPhoto> ofOwner(long submissionId, Account owner) {
		this.submissions.ownedBy(submissionId, owner);
		return this.photos.findById(submissionId).map(SubmissionPhoto::photo);
	}

	/** The photo of a submission editors may see (submitted at least once). */
	@Transactional(readOnly = true)
	public Optional<CleanPhoto> forReview(long submissionId) {
		this.submissions.forReview(submissionId);
		return this.photos.findById(submissionId).map(SubmissionPhoto::photo);
	}

	/**
	 * The owner's submission, if they may change it.
	 * @throws SubmissionConflictException when its status allows no change
	 */
	Submission editable(long submissionId, Account owner) {
		Submission submission = this.submissions.ownedBy(submissionId, owner);
		if (!submission.getStatus().isEditableByContributor()) {
			throw new SubmissionConflictException("contribution.conflict.notEditable",
					"Submission " + submissionId + " is " + submission.getStatus());
		}
		return submission;
	}

}
