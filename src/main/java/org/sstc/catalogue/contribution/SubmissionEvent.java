package org.sstc.catalogue.contribution;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One step of a submission's review: who moved it, when, from where to where, and why.
 */
@Entity
public class SubmissionEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long submissionId;

	private String actor;

	private Instant at;

	@Enumerated(EnumType.STRING)
	private SubmissionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private SubmissionStatus toStatus;

	private String comment;

	protected SubmissionEvent() {
	}

	SubmissionEvent(long submissionId, String actor, Instant at, SubmissionStatus fromStatus, SubmissionStatus toStatus,
			String comment) {
		this.submissionId = submissionId;
		this.actor = actor;
		this.at = at;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.comment = comment;
	}

	public String getActor() {
		return this.actor;
	}

	public Instant getAt() {
		return this.at;
	}

	public SubmissionStatus getFromStatus() {
		return this.fromStatus;
	}

	public SubmissionStatus getToStatus() {
		return this.toStatus;
	}

	public String getComment() {
		return this.comment;
	}

}
