package org.sstc.catalogue.contribution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionEventRepository extends JpaRepository<SubmissionEvent, Long> {

	List<SubmissionEvent> findBySubmissionIdOrderByAtAscIdAsc(Long submissionId);

}
