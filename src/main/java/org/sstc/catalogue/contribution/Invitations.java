package org.sstc.catalogue.contribution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Accounts;
import org.sstc.catalogue.account.Role;
import org.sstc.catalogue.system.PublicUrls;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of contributors: an administrator invites a person by name and e-mail
 * address; the link sent to them carries a random token, of which only a hash is kept; it
 * can be used once, before it expires, to create a contributor account with a username
 * and password of the person's choosing.
 */
@Service
@Transactional
class Invitations {

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ContributorInvitationRepository invitations;

	private final Accounts accounts;

	private final ContributionProperties properties;

	private final PublicUrls urls;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Invitations(ContributorInvitationRepository invitations, Accounts accounts, ContributionProperties properties,
			PublicUrls urls, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.properties = properties;
		this.urls = urls;
		this.events = events;
		this.clock = clock;
	}

	/** What a link's token finds. */
	enum State {

		VALID, UNKNOWN, EXPIRED, USED

	}

	/** A new invitation and its link, which is shown once and mailed, never stored. */
	record Invited(ContributorInvitation invitation, String link) {
	}

	static boolean isPossibleEmail(String email) {
		return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
	}

	Invited invite(String name, String email, String invitedBy) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		ContributorInvitation invitation = this.invitations.save(new ContributorInvitation(name, email, hash(token),
				invitedBy, now, now.plus(this.properties.invitationValidity())));
		String link = this.urls.to("/invitations/{token}", token);
		this.events.publishEvent(new Notice(List.of(email), "mail.invitation.subject", "mail.invitation.text",
				List.of(name, invitedBy, invitation.getExpiresAt().toString()), link));
		return new Invited(invitation, link);
	}

	@Transactional(readOnly = true)
	List<ContributorInvitation> all() {
		return this.invitations.findAllByOrderByCreatedAtDesc();
	}

	/** Whether the token is one of a valid invitation, and if not, why. */
	@Transactional(readOnly = true)
	State state(String token) {
		return find(token).map(this::state).orElse(State.UNKNOWN);
	}

	@Transactional(readOnly = true)
	Optional<ContributorInvitation> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(hash(token));
	}

	/**
	 * Creates the contributor's account and uses the invitation up; a second use, even at
	 * the same time, fails on the invitation's version.
	 * @throws InvalidInvitationException when the token is not of a valid invitation
	 */
	Account accept(String token, String username, String password) {
		ContributorInvitation invitation = find(token).orElseThrow(() -> new InvalidInvitationException(State.UNKNOWN));
		State state = state(invitation);
		if (state != State.VALID) {
			throw new InvalidInvitationException(state);
		}
		Account account = this.accounts.create(username, password, Role.CONTRIBUTOR, false);
		invitation.use(account.getId(), this.clock.instant());
		this.invitations.flush();
		return account;
	}

	/** The e-mail address a contributor was invited at, where their notices go. */
	@Transactional(readOnly = true)
	Optional<String> emailOf(Account account) {
		return this.invitations.findFirstByAccountId(account.getId()).map(ContributorInvitation::getEmail);
	}

	private State state(ContributorInvitation invitation) {
		if (invitation.isUsed()) {
			return State.USED;
		}
		return invitation.isExpiredAt(this.clock.instant()) ? State.EXPIRED : State.VALID;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token that is unknown, expired or used. */
	static class InvalidInvitationException extends RuntimeException {

		private final State state;

		InvalidInvitationException(State state) {
			super("Invitation " + state);
			this.state = state;
		}

		State state() {
			return this.state;
		}

	}

}
