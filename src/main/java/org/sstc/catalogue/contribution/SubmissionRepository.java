package org.sstc.catalogue.contribution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

	Optional<Submission> findByIdAndOwnerId(Long id, Long ownerId);

	// the lists join the owner and the compendium in their one query, instead of a
	// select for each owner and compendium named in the list
	@EntityGraph(attributePaths = { "owner", "compendium" })
	List<Submission> findByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

	@EntityGraph(attributePaths = { "owner", "compendium" })
	List<Submission> findByStatusInOrderByUpdatedAtAsc(Collection<SubmissionStatus> statuses);

}
