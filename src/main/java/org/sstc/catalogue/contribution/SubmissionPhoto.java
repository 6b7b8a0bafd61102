package org.sstc.catalogue.contribution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The photo of a submission (one at most, keyed by the submission's id): the clean bytes
 * ({@link Photos#clean}), never the upload itself, with the caption and the alternative
 * text its contributor wrote for it.
 */
@Entity
class SubmissionPhoto {

	@Id
	private Long submissionId;

	@Column(name = "content")
	private byte[] bytes;

	private String mediaType;

	private int width;

	private int height;

	private String caption;

	private String altText;

	private Instant uploadedAt;

	protected SubmissionPhoto() {
	}

	SubmissionPhoto(long submissionId) {
		this.submissionId = submissionId;
	}

	void replace(CleanPhoto photo, String caption, String altText, Instant at) {
		this.bytes = photo.bytes();
		this.mediaType = photo.mediaType();
		this.width = photo.width();
		this.height = photo.height();
		describe(caption, altText);
		this.uploadedAt = at;
	}

	void describe(String caption, String altText) {
		this.caption = caption;
		this.altText = altText;
	}

	CleanPhoto photo() {
		return new CleanPhoto(this.bytes, this.mediaType, this.width, this.height);
	}

	Long getSubmissionId() {
		return this.submissionId;
	}

}
