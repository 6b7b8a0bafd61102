package org.sstc.catalogue.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

	List<Practice> findByStatusOrderByNumber(PracticeStatus status);

	Optional<Practice> findBySlugAndStatus(String slug, PracticeStatus status);

	Optional<Practice> findBySlug(String slug);

	Optional<Practice> findByCompendiumIdAndNumber(Long compendiumId, int number);

	Optional<Practice> findByCompendiumCodeAndNumberAndStatus(String compendiumCode, int number, PracticeStatus status);

	/** The highest number of a practice of the compendium, or 0 when it has none. */
	@Query("select coalesce(max(p.number), 0) from Practice p where p.compendium.id = :compendiumId")
	int highestNumberIn(long compendiumId);

	/**
	 * The next hundred practices after this id, in the order of their ids: every
	 * practice, a page at a time, for the bulk export.
	 */
	List<Practice> findTop100ByIdGreaterThanOrderByIdAsc(long id);

}
