package org.sstc.catalogue.contribution;

import java.text.Normalizer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.admin.PracticeEditing;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.CompendiumRepository;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeRepository;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.system.PublicUrls;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions and their review. Contributors reach only their own (another's is not
 * found); editors reach those submitted at least once. Each step is checked against the
 * status (else {@link SubmissionConflictException}), kept in the history, and announced
 * by e-mail after it is committed.
 */
@Service
@Transactional
public class Submissions {

	private static final int MAX_SLUG = 60;

	private final SubmissionRepository submissions;

	private final SubmissionCommentRepository comments;

	private final SubmissionEventRepository events;

	private final Invitations invitations;

	private final PracticeEditing editing;

	private final PracticeRepository practices;

	private final CompendiumRepository compendia;

	private final ContributionProperties properties;

	private final PublicUrls urls;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Submissions(SubmissionRepository submissions, SubmissionCommentRepository comments,
			SubmissionEventRepository events, Invitations invitations, PracticeEditing editing,
			PracticeRepository practices, CompendiumRepository compendia, ContributionProperties properties,
			PublicUrls urls, ApplicationEventPublisher publisher, Clock clock) {
		this.submissions = submissions;
		this.comments = comments;
		this.events = events;
		this.invitations = invitations;
		this.editing = editing;
		this.practices = practices;
		this.compendia = compendia;
		this.properties = properties;
		this.urls = urls;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Saves a new draft of the owner's with the given body (null for an empty one); no
	 * section is required yet. The history records its creation.
	 */
	public Submission createDraft(Account owner, PracticeBody body) {
		Submission submission = this.submissions.saveAndFlush(new Submission(owner, body));
		record(submission, owner.getUsername(), null, SubmissionStatus.DRAFT, null);
		return submission;
	}

	/**
	 * The owner's submission.
	 * @throws SubmissionNotFoundException when there is none of this id, or it is
	 * another's
	 */
	@Transactional(readOnly = true)
	public Submission ownedBy(long id, Account owner) {
		return this.submissions.findByIdAndOwnerId(id, owner.getId())
			.orElseThrow(() -> new SubmissionNotFoundException(id));
	}

	/** The owner's submissions, the last changed first. */
	@Transactional(readOnly = true)
	public List<Submission> ownedBy(Account owner) {
		return this.submissions.findByOwnerIdOrderByUpdatedAtDesc(owner.getId());
	}

	/**
	 * Replaces the body of the owner's draft (or of a submission whose changes were
	 * requested) if nobody saved it since {@code baseVersion}.
	 */
	public Submission saveDraft(long id, Account owner, long baseVersion, PracticeBody body) {
		Submission submission = ownedBy(id, owner);
		if (!submission.getStatus().isEditableByContributor()) {
			throw new SubmissionConflictException("contribution.conflict.notEditable",
					"Submission " + id + " is " + submission.getStatus());
		}
		if (submission.getVersion() != baseVersion) {
			throw new SubmissionConflictException("contribution.conflict.stale",
					"Submission " + id + " was saved meanwhile");
		}
		submission.edit(body);
		this.submissions.flush();
		return submission;
	}

	/**
	 * Submits the owner's draft, or their answer to a request for changes; every required
	 * section must be given (the form checks them first, field by field).
	 */
	public Submission submit(long id, Account owner) {
		Submission submission = ownedBy(id, owner);
		if (!submission.getStatus().isEditableByContributor()) {
			throw conflict(submission, SubmissionStatus.SUBMITTED);
		}
		boolean complete = PracticeBody.SECTIONS.stream()
			.filter(PracticeSection::required)
			.noneMatch((section) -> section.isEmptyIn(submission.getBody()));
		if (!complete) {
			throw new SubmissionConflictException("contribution.conflict.incomplete",
					"Submission " + id + " lacks a required section");
		}
		move(submission, owner.getUsername(), SubmissionStatus.SUBMITTED, null);
		this.publisher
			.publishEvent(new Notice(this.properties.editorAddresses(), "mail.submitted.subject", "mail.submitted.text",
					List.of(title(submission), owner.getUsername()), this.urls.to("/admin/submissions/{id}", id)));
		return submission;
	}

	/** A submission editors may see: any that was submitted at least once. */
	@Transactional(readOnly = true)
	public Submission forReview(long id) {
		return this.submissions.findById(id)
			.filter((submission) -> submission.getStatus().isVisibleToEditors())
			.orElseThrow(() -> new SubmissionNotFoundException(id));
	}

	/**
	 * The review queue: the submissions in the given status, or all submitted at least
	 * once when null; the longest waiting first.
	 */
	@Transactional(readOnly = true)
	public List<Submission> queue(SubmissionStatus status) {
		Set<SubmissionStatus> statuses = (status != null) ? EnumSet.of(status)
				: EnumSet.complementOf(EnumSet.of(SubmissionStatus.DRAFT));
		statuses.remove(SubmissionStatus.DRAFT);
		return this.submissions.findByStatusInOrderByUpdatedAtAsc(statuses);
	}

	public void startReview(long id, String editor) {
		move(forReview(id), editor, SubmissionStatus.IN_REVIEW, null);
	}

	/**
	 * Asks the contributor for changes, saying which in the comment (and field comments).
	 */
	public void requestChanges(long id, String editor, String comment) {
		Submission submission = forReview(id);
		move(submission, editor, SubmissionStatus.CHANGES_REQUESTED, comment);
		tellContributor(submission, "mail.changesRequested.subject", "mail.changesRequested.text", comment);
	}

	public void decline(long id, String editor, String comment) {
		Submission submission = forReview(id);
		move(submission, editor, SubmissionStatus.DECLINED, comment);
		tellContributor(submission, "mail.declined.subject", "mail.declined.text", comment);
	}

	/**
	 * Accepts the submission into a compendium: it becomes a practice of that compendium,
	 * published at once (and so in search and the API), numbered after its last practice,
	 * with an address made from its title.
	 * @return the new practice's id
	 */
	public long accept(long id, String editor, long compendiumId, Region region, List<Theme> themes, String comment) {
		Submission submission = forReview(id);
		if (!submission.getStatus().editorMoves().contains(SubmissionStatus.ACCEPTED)) {
			throw conflict(submission, SubmissionStatus.ACCEPTED);
		}
		Compendium compendium = this.compendia.findById(compendiumId)
			.orElseThrow(() -> new SubmissionConflictException("contribution.conflict.noCompendium",
					"No compendium " + compendiumId));
		PracticeBody body = submission.getBody();
		int number = nextNumber(compendium);
		String title = body.title();
		List<String> missing = PracticeBody.NARRATIVE_TEXTS.stream()
			.filter((section) -> section.isEmptyIn(body))
			.map(PracticeSection::name)
			.toList();
		PracticeContent content = new PracticeContent(number, slugFor(title), "GOOD PRACTICE " + number + " – " + title,
				title, body, region, null, false, List.of(), themes, List.of(), List.of(), List.of(), missing);
		Practice practice = this.editing.create(compendium, content);
		this.editing.publish(practice.getId());
		submission.acceptedAs(compendium, practice.getId());
		move(submission, editor, SubmissionStatus.ACCEPTED, comment);
		tellContributor(submission, "mail.accepted.subject", "mail.accepted.text", comment);
		return practice.getId();
	}

	/**
	 * An editor's comment on the submission as a whole ({@code field} null) or on one row
	 * of the template.
	 */
	public SubmissionComment comment(long id, String editor, String field, String text) {
		Submission submission = forReview(id);
		if (submission.getStatus().isClosed()) {
			throw new SubmissionConflictException("contribution.conflict.closed",
					"Submission " + id + " is " + submission.getStatus());
		}
		if (field != null && TemplateRow.named(field).isEmpty()) {
			throw new IllegalArgumentException("Not a row of the template: " + field);
		}
		return this.comments.save(new SubmissionComment(submission.getId(), editor, field, text, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<SubmissionComment> comments(long id) {
		return this.comments.findBySubmissionIdOrderByCreatedAtAscIdAsc(id);
	}

	/** Every step of the submission, the first first. */
	@Transactional(readOnly = true)
	public List<SubmissionEvent> history(long id) {
		return this.events.findBySubmissionIdOrderByAtAscIdAsc(id);
	}

	/**
	 * The contributor's e-mail address, as they were invited (none for other accounts).
	 */
	@Transactional(readOnly = true)
	public Optional<String> contributorEmail(Account owner) {
		return this.invitations.emailOf(owner);
	}

	private void move(Submission submission, String actor, SubmissionStatus to, String comment) {
		SubmissionStatus from = submission.getStatus();
		boolean allowed = (to == SubmissionStatus.SUBMITTED) ? from.isEditableByContributor()
				: from.editorMoves().contains(to);
		if (!allowed) {
			throw conflict(submission, to);
		}
		submission.moveTo(to);
		this.submissions.flush();
		record(submission, actor, from, to, comment);
	}

	private void record(Submission submission, String actor, SubmissionStatus from, SubmissionStatus to,
			String comment) {
		this.events.save(new SubmissionEvent(submission.getId(), actor, this.clock.instant(), from, to, comment));
	}

	private void tellContributor(Submission submission, String subjectKey, String textKey, String comment) {
		List<String> to = this.invitations.emailOf(submission.getOwner()).map(List::of).orElse(List.of());
		this.publisher.publishEvent(
				new Notice(to, subjectKey, textKey, List.of(title(submission), (comment != null) ? comment : ""),
						this.urls.to("/contribute/submissions/{id}", submission.getId())));
	}

	private static SubmissionConflictException conflict(Submission submission, SubmissionStatus to) {
		return new SubmissionConflictException("contribution.conflict.transition",
				"Submission " + submission.getId() + " cannot go from " + submission.getStatus() + " to " + to);
	}

	private static String title(Submission submission) {
		return (submission.getBody().title() != null) ? submission.getBody().title() : "#" + submission.getId();
	}

	private int nextNumber(Compendium compendium) {
		return this.practices.highestNumberIn(compendium.getId()) + 1;
	}

	/**
	 * An address from the title, made unique with a number when another practice has it.
	 */
	private String slugFor(String title) {
		String base = Normalizer.normalize(String.valueOf(title), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (base.length() > MAX_SLUG - 4) {
			base = base.substring(0, MAX_SLUG - 4).replaceAll("-[^-]*$", "");
		}
		if (base.isEmpty()) {
			base = "practice";
		}
		String slug = base;
		for (int n = 2; this.practices.findBySlug(slug).isPresent(); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
