package org.sstc.catalogue.account;

import java.io.Serial;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.sstc.catalogue.account.SignInAudit.Failure;
import org.sstc.catalogue.account.SignInThrottle.Limit;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a name and password, behind the limits of {@link SignInThrottle}. An
 * attempt that a limit turns away is never checked against the password; it is answered
 * as a wrong password is, after about as long as a password check takes, so that a
 * stranger can tell neither which accounts exist nor when a limit holds them back. An
 * unknown name costs a password check too (Spring Security's own protection against
 * timing), and so does a disabled account, whose state is looked at only after its
 * password.
 *
 * <p>
 * A browser that has signed in to the account before (see {@link KnownDevices}) is
 * counted by its own limit only; any other attempt by its client address and by the
 * account name.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	/**
	 * A wait longer than this is not a password check but a pause of the machine: it is
	 * not learned from.
	 */
	private static final long LONGEST_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final KnownDevices knownDevices;

	private final SignInProperties properties;

	/** How long a password check takes here, learned from each one (a moving average). */
	private final AtomicLong typicalCheckNanos;

	ThrottledSignIn(Accounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			KnownDevices knownDevices, SignInProperties properties) {
		this.passwords = new DaoAuthenticationProvider((username) -> userDetails(accounts, username));
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.passwords.setHideUserNotFoundExceptions(false);
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.throttle = throttle;
		this.knownDevices = knownDevices;
		this.properties = properties;
		String hash = passwordEncoder.encode("a password nobody has");
		long start = System.nanoTime();
		passwordEncoder.matches("another password", hash);
		this.typicalCheckNanos = new AtomicLong(Math.min(System.nanoTime() - start, LONGEST_CHECK_NANOS));
	}

	private static UserDetails userDetails(Accounts accounts, String username) {
		if (!Account.isPossibleUsername(username)) {
			// nothing to look up (and text PostgreSQL would refuse, such as a NUL, never
			// reaches it)
			throw new UsernameNotFoundException("No such account");
		}
		return accounts.find(username)
			.map((account) -> User.withUsername(account.getUsername())
				.password(account.getPasswordHash())
				.roles(account.getRole().name())
				.disabled(!account.isEnabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		SignInDetails details = (authentication.getDetails() instanceof SignInDetails signIn) ? signIn : null;
		String address = ClientAddress.of((details != null) ? details.getRemoteAddress() : null);
		Optional<String> device = this.knownDevices.recognise((details != null) ? details.knownDeviceCookie() : null,
				username);
		List<Limit> limits = device.map((known) -> List.of(Limit.knownDevice(known, this.properties)))
			.orElseGet(
					() -> List.of(Limit.address(address, this.properties), Limit.account(username, this.properties)));
		for (Limit limit : limits) {
			// one limit after the other: an attempt turned away by the address is not
			// counted against the account
			if (!this.throttle.letThrough(limit)) {
				SignInAudit.throttled(username, address, device.isPresent(), limit.kind());
				waitAsLongAsACheck();
				throw new SignInThrottledException();
			}
		}
		long start = System.nanoTime();
		try {
			Authentication result = this.passwords.authenticate(authentication);
			limits.forEach(this.throttle::giveBack);
			SignInAudit.succeeded(username, address, device.isPresent());
			return result;
		}
		catch (UsernameNotFoundException ex) {
			SignInAudit.failed(username, address, device.isPresent(), Failure.NO_SUCH_ACCOUNT);
			throw new BadCredentialsException("Bad credentials");
		}
		catch (DisabledException ex) {
			SignInAudit.failed(username, address, device.isPresent(), Failure.DISABLED);
			throw ex;
		}
		catch (BadCredentialsException ex) {
			SignInAudit.failed(username, address, device.isPresent(), Failure.WRONG_PASSWORD);
			throw ex;
		}
		finally {
			learn(System.nanoTime() - start);
		}
	}

	private void learn(long checkNanos) {
		if (checkNanos <= LONGEST_CHECK_NANOS) {
			this.typicalCheckNanos.updateAndGet((typical) -> typical + (checkNanos - typical) / 8);
		}
	}

	private void waitAsLongAsACheck() {
		try {
			TimeUnit.NANOSECONDS.sleep(this.typicalCheckNanos.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** An attempt that a limit turned away; answered as any failed sign-in is. */
	static final class SignInThrottledException extends AuthenticationException {

		@Serial
		private static final long serialVersionUID = 1L;

		SignInThrottledException() {
			super("Too many sign-in attempts");
		}

	}

}
