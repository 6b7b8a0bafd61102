package org.sstc.catalogue.contribution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContributorInvitationRepository extends JpaRepository<ContributorInvitation, Long> {

	Optional<ContributorInvitation> findByTokenHash(String tokenHash);

	Optional<ContributorInvitation> findFirstByAccountId(Long accountId);

	List<ContributorInvitation> findAllByOrderByCreatedAtDesc();

}
