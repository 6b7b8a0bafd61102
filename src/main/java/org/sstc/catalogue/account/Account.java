package org.sstc.catalogue.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A staff account. Passwords are stored only as hashes. */
@Entity
public class Account {

	/** Failed sign-ins in a row before the account is locked for a while. */
	static final int MAX_FAILED_LOGINS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant createdAt = Instant.now();

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.mustChangePassword = mustChangePassword;
	}

	void recordFailedLogin(Instant now) {
		this.failedLogins++;
		if (this.failedLogins >= MAX_FAILED_LOGINS) {
			this.lockedUntil = now.plus(LOCK_DURATION);
			this.failedLogins = 0;
		}
	}

	void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** Sets a password chosen by an administrator: the person must choose their own at next sign-in. */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
