package org.sstc.catalogue.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

	List<Practice> findByStatusOrderByNumber(PracticeStatus status);

	Optional<Practice> findBySlugAndStatus(String slug, PracticeStatus status);

	Optional<Practice> findBySlug(String slug);

	Optional<Practice> findByCompendiumIdAndNumber(Long compendiumId, int number);

	Optional<Practice> findByCompendiumCodeAndNumberAndStatus(String compendiumCode, int number, PracticeStatus status);

	List<Practice> findAllByOrderByCompendiumBienniumDescNumberAsc();

	/**
	 * The next hundred practices after this id, in the order of their ids: every
	 * practice, a page at a time, for the bulk export.
	 */
	List<Practice> findTop100ByIdGreaterThanOrderByIdAsc(long id);

}
