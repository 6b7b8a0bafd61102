package org.sstc.catalogue.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slugs practices had before staff changed them (table {@code practice_former_slug}),
 * so that an old address redirects to the current one.
 */
@Repository
@Transactional
public class FormerSlugs {

	private final JdbcTemplate jdbc;

	FormerSlugs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes that the practice moved from one slug to another: the old one now leads to
	 * it, and the new one, which may have been another practice's old slug, leads nowhere
	 * else any more.
	 */
	public void moved(Practice practice, String from) {
		this.jdbc.update("delete from practice_former_slug where slug = ?", practice.getSlug());
		if (from != null && !from.equals(practice.getSlug())) {
			this.jdbc.update("""
					insert into practice_former_slug (slug, practice_id) values (?, ?)
					on conflict (slug) do update set practice_id = excluded.practice_id, replaced_at = now()""", from,
					practice.getId());
		}
	}

	/** The current slug of the published practice that had this slug before. */
	@Transactional(readOnly = true)
	public Optional<String> currentSlug(String formerSlug) {
		List<String> found = this.jdbc.queryForList("""
				select p.slug from practice_former_slug f join practice p on p.id = f.practice_id
				where f.slug = ? and p.status = 'PUBLISHED'""", String.class, formerSlug);
		return found.stream().findFirst();
	}

}
