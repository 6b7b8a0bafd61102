package org.sstc.catalogue.contribution;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmissionPhotoRepository extends JpaRepository<SubmissionPhoto, Long> {

	/** The photo as a page shows it: its bytes stay in the database. */
	@Query("""
			select new org.sstc.catalogue.contribution.SubmissionPhotoView(p.submissionId, p.width, p.height,
			p.caption, p.altText, p.uploadedAt) from SubmissionPhoto p where p.submissionId = :submissionId""")
	Optional<SubmissionPhotoView> findViewBySubmissionId(long submissionId);

}
