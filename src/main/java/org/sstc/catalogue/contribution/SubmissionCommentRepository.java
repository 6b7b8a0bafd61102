package org.sstc.catalogue.contribution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionCommentRepository extends JpaRepository<SubmissionComment, Long> {

	List<SubmissionComment> findBySubmissionIdOrderByCreatedAtAscIdAsc(Long submissionId);

}
