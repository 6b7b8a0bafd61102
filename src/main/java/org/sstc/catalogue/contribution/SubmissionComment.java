package org.sstc.catalogue.contribution;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An editor's comment on a submission: on the whole of it ({@code field} null) or on one
 * row of the template (the name of a section).
 */
@Entity
public class SubmissionComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long submissionId;

	private String author;

	private String field;

	private String text;

	private Instant createdAt;

	protected SubmissionComment() {
	}

	SubmissionComment(long submissionId, String author, String field, String text, Instant createdAt) {
		this.submissionId = submissionId;
		this.author = author;
		this.field = field;
		this.text = text;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getAuthor() {
		return this.author;
	}

	/** The section commented on, or null for the submission as a whole. */
	public String getField() {
		return this.field;
	}

	public String getText() {
		return this.text;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
