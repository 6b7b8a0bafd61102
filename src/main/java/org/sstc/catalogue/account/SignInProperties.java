package org.sstc.catalogue.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits on sign-in attempts ({@code catalogue.sign-in.*}). Each limit lets a number
 * of attempts through at once; after that, each further attempt must wait:
 * {@code first-delay} after the last one, then twice that, and so on up to
 * {@code max-delay}. Attempts that succeed do not count; a limit forgets its attempts
 * after {@code forget-after} without any.
 *
 * @param attemptsPerAddress attempts from one client address (an IPv6 /64), on any
 * accounts, by browsers that have not signed in to the account they try: slows down one
 * client trying many names or passwords
 * @param attemptsPerAccount attempts on one account name, from any address, by browsers
 * that have never signed in to it: slows down guessing spread over many addresses, and is
 * the only limit strangers can push an account into
 * @param attemptsPerKnownDevice attempts on one account from one browser that has signed
 * in to it before (its known-device cookie): such a browser is never held back by
 * strangers' attempts, only by its own
 * @param firstDelay the wait after a limit's free attempts are spent
 * @param maxDelay the longest wait between two attempts that a limit lets through
 * @param forgetAfter how long a limit remembers attempts when none come; longer than
 * {@code max-delay}
 * @param knownDeviceFor how long a browser stays known after its last successful sign-in
 */
@ConfigurationProperties("catalogue.sign-in")
record SignInProperties(@DefaultValue("20") int attemptsPerAddress, @DefaultValue("5") int attemptsPerAccount,
		@DefaultValue("10") int attemptsPerKnownDevice, @DefaultValue("1s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("24h") Duration forgetAfter,
		@DefaultValue("180d") Duration knownDeviceFor) {

	SignInProperties {
		if (attemptsPerAddress < 1 || attemptsPerAccount < 1 || attemptsPerKnownDevice < 1) {
			throw new IllegalArgumentException("catalogue.sign-in.attempts-per-* must be at least 1");
		}
		if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException(
					"catalogue.sign-in.first-delay must be positive and no longer than max-delay");
		}
		if (forgetAfter.compareTo(maxDelay) <= 0) {
			// else someone who waits out the longest delay would find every attempt
			// forgotten
			throw new IllegalArgumentException("catalogue.sign-in.forget-after must be longer than max-delay");
		}
	}

}
