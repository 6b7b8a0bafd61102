package org.sstc.catalogue.contribution;

import java.util.Set;

/**
 * Where a submission stands. The contributor writes a draft and submits it; editors take
 * it into review, ask for changes (the contributor edits and submits again), and accept
 * it (it becomes a published practice) or decline it. Only a draft and a submission whose
 * changes were requested can be edited, and only by the contributor.
 */
public enum SubmissionStatus {

	DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, ACCEPTED, DECLINED;

	/** The statuses an editor may move a submission in this status to. */
	Set<SubmissionStatus> editorMoves() {
		return switch (this) {
			case SUBMITTED -> Set.of(IN_REVIEW, CHANGES_REQUESTED, ACCEPTED, DECLINED);
			case IN_REVIEW -> Set.of(CHANGES_REQUESTED, ACCEPTED, DECLINED);
			default -> Set.of();
		};
	}

	/** Whether the contributor may edit and submit it. */
	public boolean isEditableByContributor() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

	/** Whether editors see it: once it was first submitted. */
	public boolean isVisibleToEditors() {
		return this != DRAFT;
	}

	/** Whether its review is over. */
	public boolean isClosed() {
		return this == ACCEPTED || this == DECLINED;
	}

}
