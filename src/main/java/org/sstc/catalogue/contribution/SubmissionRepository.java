package org.sstc.catalogue.contribution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

	Optional<Submission> findByIdAndOwnerId(Long id, Long ownerId);

	List<Submission> findByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

	List<Submission> findByStatusInOrderByUpdatedAtAsc(Collection<SubmissionStatus> statuses);

}
