package org.sstc.catalogue.account;

import java.time.Duration;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The counters of sign-in attempts, in PostgreSQL so that every instance on the database
 * counts the same attempts. Before a password is checked, each limit the attempt falls
 * under must let it through; letting it through counts it, in the same single statement,
 * so that of any number of parallel attempts no more pass than the limit allows. The
 * database's clock decides, so instances whose clocks differ still agree.
 */
@Component
class SignInThrottle {

	/**
	 * Counts the attempt if the limit lets it through: when the limit has forgotten
	 * earlier attempts, while it has free attempts left, or once the wait after its last
	 * counted attempt is over (first-delay doubled for each attempt past the free ones,
	 * at most max-delay; the exponent is capped so that the arithmetic never overflows).
	 * Attempts turned away are not counted and do not lengthen the wait. Returns a row
	 * only when let through.
	 */
	private static final String LET_THROUGH = """
			insert into sign_in_throttle as t (key, attempts, last_attempt)
			values (:key, 1, now())
			on conflict (key) do update
			set attempts = case when t.last_attempt < now() - make_interval(secs => :forgetAfter) then 1
			                    else t.attempts + 1 end,
			    last_attempt = now()
			where t.last_attempt < now() - make_interval(secs => :forgetAfter)
			   or t.attempts < :free
			   or t.last_attempt + make_interval(secs => least(:maxDelay,
			          :firstDelay * power(2, least(t.attempts - :free, 40)))) <= now()
			returning attempts""";

	private final JdbcClient jdbc;

	private final SignInProperties properties;

	SignInThrottle(JdbcClient jdbc, SignInProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * A limit: what it counts by, and how many attempts it lets through before the waits
	 * begin.
	 */
	record Limit(String kind, String key, int free) {

		static Limit address(String clientAddress, SignInProperties properties) {
			return new Limit("address", "address:" + clientAddress, properties.attemptsPerAddress());
		}

		static Limit account(String username, SignInProperties properties) {
			return new Limit("account", "account:" + accountKey(username), properties.attemptsPerAccount());
		}

		static Limit knownDevice(String device, SignInProperties properties) {
			return new Limit("device", "device:" + device, properties.attemptsPerKnownDevice());
		}

		/**
		 * Names are matched ignoring case; a name no account can have (too long, odd
		 * characters) only as a digest.
		 */
		private static String accountKey(String username) {
			String name = (username == null) ? "" : username.strip();
			return Account.isPossibleUsername(name) ? name.toLowerCase(Locale.ROOT)
					: "other:" + ClientAddress.digest(name);
		}

	}

	/** Counts an attempt and says whether the limit lets it through. */
	boolean letThrough(Limit limit) {
		return this.jdbc.sql(LET_THROUGH)
			.param("key", limit.key())
			.param("free", limit.free())
			.param("forgetAfter", seconds(this.properties.forgetAfter()))
			.param("firstDelay", seconds(this.properties.firstDelay()))
			.param("maxDelay", seconds(this.properties.maxDelay()))
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/**
	 * A successful sign-in gives back the attempt it was counted as: only failures and
	 * refusals add up.
	 */
	void giveBack(Limit limit) {
		this.jdbc.sql("update sign_in_throttle set attempts = attempts - 1 where key = :key and attempts > 0")
			.param("key", limit.key())
			.update();
	}

	/** Every instance does this; it is idempotent. */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void forgetOldAttempts() {
		this.jdbc.sql("delete from sign_in_throttle where last_attempt < now() - make_interval(secs => :forgetAfter)")
			.param("forgetAfter", seconds(this.properties.forgetAfter()))
			.update();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
