package org.sstc.catalogue.account;

import java.time.Instant;
import java.util.regex.Pattern;

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

	/** What a username may be; the database checks the same. */
	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

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

	private Instant createdAt = Instant.now();

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.mustChangePassword = mustChangePassword;
	}

	public static boolean isPossibleUsername(String username) {
		return username != null && USERNAME.matcher(username).matches();
	}

	/**
	 * Sets a password chosen by an administrator: the person must choose their own at
	 * next sign-in.
	 */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
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

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
