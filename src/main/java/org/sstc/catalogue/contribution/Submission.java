package org.sstc.catalogue.contribution;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.system.EditableEntity;

/**
 * A practice a contributor proposes: its body (every section of a practice, as the
 * template's rows ask for them) as a draft that its owner edits until it is submitted,
 * its status in the review, and once accepted, the compendium and the practice it became.
 */
@Entity
public class Submission extends EditableEntity {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "owner_id")
	private Account owner;

	@Enumerated(EnumType.STRING)
	private SubmissionStatus status = SubmissionStatus.DRAFT;

	@Embedded
	private PracticeBody body = PracticeBody.EMPTY;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "compendium_id")
	private Compendium compendium;

	private Long practiceId;

	protected Submission() {
	}

	Submission(Account owner, PracticeBody body) {
		this.owner = owner;
		this.body = PracticeBody.orEmpty(body);
	}

	void edit(PracticeBody body) {
		this.body = PracticeBody.orEmpty(body);
	}

	void moveTo(SubmissionStatus status) {
		this.status = status;
	}

	void acceptedAs(Compendium compendium, long practiceId) {
		this.compendium = compendium;
		this.practiceId = practiceId;
	}

	public Account getOwner() {
		return this.owner;
	}

	public SubmissionStatus getStatus() {
		return this.status;
	}

	public PracticeBody getBody() {
		return PracticeBody.orEmpty(this.body);
	}

	/** The compendium it was accepted into, or null. */
	public Compendium getCompendium() {
		return this.compendium;
	}

	/** The practice it became once accepted, or null. */
	public Long getPracticeId() {
		return this.practiceId;
	}

}
