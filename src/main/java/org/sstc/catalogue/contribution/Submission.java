package org.sstc.catalogue.contribution;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.PracticeBody;

/**
 * A practice a contributor proposes: its body (every section of a practice, as the
 * template's rows ask for them) as a draft that its owner edits until it is submitted,
 * its status in the review, and once accepted, the compendium and the practice it became.
 */
@Entity
public class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

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

	private Instant createdAt;

	private Instant updatedAt;

	protected Submission() {
	}

	Submission(Account owner, PracticeBody body) {
		this.owner = owner;
		this.body = (body != null) ? body : PracticeBody.EMPTY;
	}

	void edit(PracticeBody body) {
		this.body = (body != null) ? body : PracticeBody.EMPTY;
	}

	void moveTo(SubmissionStatus status) {
		this.status = status;
	}

	void acceptedAs(Compendium compendium, long practiceId) {
		this.compendium = compendium;
		this.practiceId = practiceId;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = now();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Account getOwner() {
		return this.owner;
	}

	public SubmissionStatus getStatus() {
		return this.status;
	}

	public PracticeBody getBody() {
		// Hibernate gives a body whose columns are all null as null
		return (this.body != null) ? this.body : PracticeBody.EMPTY;
	}

	/** The title as given, or null in a draft that has none yet. */
	public String getTitle() {
		return getBody().title();
	}

	/** The compendium it was accepted into, or null. */
	public Compendium getCompendium() {
		return this.compendium;
	}

	/** The practice it became once accepted, or null. */
	public Long getPracticeId() {
		return this.practiceId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
