package org.sstc.catalogue.contribution;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An administrator's invitation to become a contributor: the invitee's name and e-mail
 * address, the hash of the link's token (never the token), when it expires, and once
 * used, when and by which account.
 */
@Entity
public class ContributorInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	private String email;

	private String tokenHash;

	private String invitedBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	private Long accountId;

	protected ContributorInvitation() {
	}

	ContributorInvitation(String name, String email, String tokenHash, String invitedBy, Instant createdAt,
			Instant expiresAt) {
		this.name = name;
		this.email = email;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isUsed() {
		return this.usedAt != null;
	}

	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	void use(long accountId, Instant now) {
		this.accountId = accountId;
		this.usedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getInvitedBy() {
		return this.invitedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getUsedAt() {
		return this.usedAt;
	}

	public Long getAccountId() {
		return this.accountId;
	}

}
