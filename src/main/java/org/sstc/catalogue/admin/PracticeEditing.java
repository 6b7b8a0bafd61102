package org.sstc.catalogue.admin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.FormerSlugs;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeNotFoundException;
import org.sstc.catalogue.practice.PracticeRepository;
import org.sstc.catalogue.practice.PracticeStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to practices: create (as a draft), save with a check that nobody saved in
 * between, publish, unpublish, archive and restore, and the revision history. Every save
 * is a revision (Hibernate Envers) and reaches the search index in the same transaction.
 */
@Service
@Transactional
public class PracticeEditing {

	private final PracticeRepository practices;

	private final EntityManager entityManager;

	private final FormerSlugs formerSlugs;

	PracticeEditing(PracticeRepository practices, EntityManager entityManager, FormerSlugs formerSlugs) {
		this.practices = practices;
		this.entityManager = entityManager;
		this.formerSlugs = formerSlugs;
	}

	/** One revision of a practice: who saved it, when, and what kind of change it was. */
	public record RevisionEntry(long number, Revision revision, RevisionType type) {
	}

	@Transactional(readOnly = true)
	public Practice get(long id) {
		return this.practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(String.valueOf(id)));
	}

	/** A practice as the staff's list shows it, without its text. */
	public record ListedPractice(long id, int number, String shortTitle, String biennium, PracticeStatus status,
			Instant updatedAt) {
	}

	/** A page of the staff's list, and how many practices the whole list holds. */
	public record ListPage(List<ListedPractice> practices, long total, int page, int size) {

		public int pageCount() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * The practices whose number is the words, or whose short title, title or slug holds
	 * them (all practices for none), in this status (any for null), newest compendium
	 * first and by number: one page of them, read without their text, so that the list
	 * stays light however large the catalogue.
	 */
	@Transactional(readOnly = true)
	public ListPage list(String words, PracticeStatus status, int page, int size) {
		String wanted = (words == null) ? "" : words.strip().toLowerCase(Locale.ROOT);
		String like = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String where = """
				from Practice p join p.compendium c
				where (:wanted = '' or str(p.number) = :wanted or lower(p.shortTitle) like :like escape '\\'
				       or lower(p.body.title) like :like escape '\\' or p.slug like :like escape '\\')"""
				+ ((status != null) ? " and p.status = :status" : "");
		long total = filtered("select count(p) " + where, Long.class, wanted, like, status).getSingleResult();
		List<ListedPractice> practices = filtered(
				"select p.id, p.number, p.shortTitle, c.biennium, p.status, p.updatedAt " + where
						+ " order by c.biennium desc, p.number, p.id",
				Object[].class, wanted, like, status)
			.setFirstResult((page - 1) * size)
			.setMaxResults(size)
			.getResultList()
			.stream()
			.map((row) -> new ListedPractice((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3],
					(PracticeStatus) row[4], (Instant) row[5]))
			.toList();
		return new ListPage(practices, total, page, size);
	}

	private <T> TypedQuery<T> filtered(String jpql, Class<T> type, String wanted, String like, PracticeStatus status) {
		TypedQuery<T> query = this.entityManager.createQuery(jpql, type)
			.setParameter("wanted", wanted)
			.setParameter("like", like);
		return (status != null) ? query.setParameter("status", status) : query;
	}

	public Practice create(Compendium compendium, PracticeContent content) {
		Practice practice = this.practices.saveAndFlush(Practice.draft(compendium, content));
		this.formerSlugs.moved(practice, null);
		return practice;
	}

	/**
	 * Saves the content over the practice if nobody saved it since {@code baseVersion};
	 * else throws {@link EditConflictException} with the version saved in between.
	 */
	public Practice update(long id, long baseVersion, PracticeContent content) {
		return update(id, baseVersion, null, content);
	}

	/**
	 * As {@link #update(long, long, PracticeContent)}, and moves the practice to the
	 * compendium given (null: where it is).
	 */
	public Practice update(long id, long baseVersion, Compendium compendium, PracticeContent content) {
		Practice practice = get(id);
		if (practice.getVersion() != baseVersion) {
			throw new EditConflictException(practice.content(), practice.getVersion());
		}
		String slug = practice.getSlug();
		if (compendium != null && !compendium.getId().equals(practice.getCompendium().getId())) {
			practice.moveTo(compendium);
		}
		practice.apply(content);
		this.practices.flush();
		this.formerSlugs.moved(practice, slug);
		return practice;
	}

	public void publish(long id) {
		change(id, Practice::publish);
	}

	public void unpublish(long id) {
		change(id, Practice::unpublish);
	}

	public void archive(long id) {
		change(id, Practice::archive);
	}

	public void unarchive(long id) {
		change(id, Practice::unarchive);
	}

	private void change(long id, Consumer<Practice> transition) {
		Practice practice = get(id);
		transition.accept(practice);
	}

	/** The revisions of a practice, newest first. */
	@Transactional(readOnly = true)
	public List<RevisionEntry> history(long id) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = auditReader().createQuery()
			.forRevisionsOfEntity(Practice.class, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().desc())
			.getResultList();
		return rows.stream()
			.map((row) -> new RevisionEntry(((Revision) row[1]).getId(), (Revision) row[1], (RevisionType) row[2]))
			.toList();
	}

	/** The practice's content as it was saved in a revision. */
	@Transactional(readOnly = true)
	public PracticeContent contentAt(long id, long revision) {
		Practice snapshot = auditReader().find(Practice.class, id, revision);
		if (snapshot == null) {
			throw new PracticeNotFoundException(id + "@" + revision);
		}
		return snapshot.content();
	}

	/**
	 * Brings back the content of an earlier revision; the restore is itself a new
	 * revision.
	 */
	public void restore(long id, long revision) {
		Practice practice = get(id);
		String slug = practice.getSlug();
		practice.apply(contentAt(id, revision));
		this.practices.flush();
		this.formerSlugs.moved(practice, slug);
	}

	private AuditReader auditReader() {
		return AuditReaderFactory.get(this.entityManager);
	}

}
