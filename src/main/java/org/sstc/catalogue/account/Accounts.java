package org.sstc.catalogue.account;

import java.util.List;
import java.util.Optional;

import org.sstc.catalogue.account.StaffSessions.EndSessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creating and managing staff accounts. Disabling an account or resetting its password
 * ends its sessions; changing one's own password ends one's other sessions.
 */
@Service
@Transactional
public class Accounts {

	public static final int MIN_PASSWORD_LENGTH = 12;

	static final int MAX_PASSWORD_LENGTH = 128;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	/**
	 * Why a password is not acceptable (a message key under {@code validation.}, whose
	 * argument is {@link #MIN_PASSWORD_LENGTH}), or empty when it is.
	 */
	public static Optional<String> passwordProblem(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_PASSWORD_LENGTH) {
			return Optional.of("password.tooLong");
		}
		return Optional.empty();
	}

	/**
	 * Checks the username and password a new account is asked for, rejecting into
	 * {@code errors} (fields {@code username} and {@code password}) a username that is
	 * not possible or is taken and a password that is not acceptable; returns the
	 * username as it will be kept (without surrounding spaces).
	 */
	@Transactional(readOnly = true)
	public String checkNewAccount(String username, String password, Errors errors) {
		String kept = (username == null) ? "" : username.strip();
		if (!Account.isPossibleUsername(kept)) {
			errors.rejectValue("username", "validation.username");
		}
		else if (exists(kept)) {
			errors.rejectValue("username", "validation.usernameTaken");
		}
		passwordProblem(password).ifPresent((problem) -> errors.rejectValue("password", "validation." + problem,
				new Object[] { MIN_PASSWORD_LENGTH }, null));
		return kept;
	}

	public Account create(String username, String password, Role role, boolean mustChangePassword) {
		if (this.accounts.findByUsernameIgnoreCase(username).isPresent()) {
			throw new IllegalArgumentException("An account named " + username + " exists already");
		}
		return this.accounts
			.save(new Account(username, this.passwordEncoder.encode(password), role, mustChangePassword));
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return this.accounts.findByUsernameIgnoreCase(username);
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).isPresent();
	}

	@Transactional(readOnly = true)
	boolean anyAdministrator() {
		return this.accounts.existsByRole(Role.ADMIN);
	}

	void disable(long id) {
		Account account = account(id);
		account.disable();
		this.events.publishEvent(new EndSessions(account.getUsername(), null));
	}

	void enable(long id) {
		account(id).enable();
	}

	void resetPassword(long id, String temporaryPassword) {
		Account account = account(id);
		account.resetPassword(this.passwordEncoder.encode(temporaryPassword));
		this.events.publishEvent(new EndSessions(account.getUsername(), null));
	}

	/**
	 * Changes one's own password, after checking the current one, and ends one's sessions
	 * but the current one.
	 */
	boolean changePassword(String username, String currentPassword, String newPassword, String currentSessionId) {
		Account account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.events.publishEvent(new EndSessions(account.getUsername(), currentSessionId));
		return true;
	}

	private Account account(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

}
