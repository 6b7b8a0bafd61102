package org.sstc.catalogue.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.account.AddressedBrowser.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in limits that protect accounts without letting strangers lock anyone out. Client
 * addresses are simulated (as Tomcat reports them after a trusted proxy); the counters
 * are in the real PostgreSQL. Each test uses account names and addresses of its own
 * (documentation ranges, RFC 5737), so that no test's attempts count against another's.
 */
@CatalogueTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTests {

	private static final SecureRandom random = new SecureRandom();

	/**
	 * Accounts are not deleted: names unique to this run let the tests run again on the
	 * same database.
	 */
	private final String run = Long.toString(System.nanoTime(), 36);

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	SignInProperties limits;

	@Autowired
	JdbcClient jdbc;

	MockMvc application;

	@BeforeEach
	void application() {
		this.application = AddressedBrowser.application(this.context);
	}

	@Test
	void fortyParallelWrongSignInsGiveNoServerErrorAndCheckNoMorePasswordsThanTheLimit(CapturedOutput output)
			throws Exception {
		String username = "parallel-" + this.run;
		this.accounts.create(username, "the-right-password-1", Role.EDITOR, false);
		String attacker = newAddress();
		List<AddressedBrowser> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			AddressedBrowser browser = browser(attacker);
			tokens.add(browser.csrfToken("/login"));
			browsers.add(browser);
		}
		CyclicBarrier start = new CyclicBarrier(40);
		ExecutorService threads = Executors.newFixedThreadPool(40);
		long began = System.nanoTime();
		List<Future<Answer>> answers = new ArrayList<>();
		try {
			for (AddressedBrowser browser : browsers) {
				answers.add(threads.submit(() -> {
					start.await();
					return browser.signIn(username, "a-wrong-password");
				}));
			}
			for (Future<Answer> answer : answers) {
				assertThat(answer.get().status()).isEqualTo(302);
				assertThat(answer.get().location()).isEqualTo("/login?error");
			}
		}
		finally {
			threads.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - began);
		int checked = count(output, "sign-in failure username=\"" + username + "\"");
		int throttled = count(output, "sign-in throttled username=\"" + username + "\"");
		assertThat(checked + throttled).as("every attempt is in the audit log once").isEqualTo(40);
		assertThat(checked).as("passwords checked in %s", took)
			.isBetween(1, mostLetThrough(this.limits.attemptsPerAccount(), took));
	}

	@Test
	void strangersFailuresDoNotStopTheAdministratorWhoseBrowserSignedInBefore(CapturedOutput output) {
		String administrator = "administrator-" + this.run;
		this.accounts.create(administrator, "the-administrators-password", Role.ADMIN, false);
		AddressedBrowser own = browser(newAddress());
		assertThat(own.signIn(administrator, "the-administrators-password").location()).isEqualTo("/admin");
		assertThat(own.hasCookie(KnownDevices.COOKIE)).isTrue();
		own.closeSession();

		String strangers = newAddress();
		for (int i = 0; i < 30; i++) {
			assertThat(browser(strangers).signIn(administrator, "guess-" + i).location()).isEqualTo("/login?error");
		}
		// the limits hold: even the right password is not checked for a stranger now
		assertThat(browser(strangers).signIn(administrator, "the-administrators-password").location())
			.isEqualTo("/login?error");
		assertThat(browser(newAddress()).signIn(administrator, "the-administrators-password").location())
			.as("a browser that never signed in waits as strangers do")
			.isEqualTo("/login?error");
		assertThat(count(output, "sign-in throttled username=\"" + administrator + "\"")).isGreaterThanOrEqualTo(2);

		assertThat(own.at(newAddress()).signIn(administrator, "the-administrators-password").location())
			.as("from another address")
			.isEqualTo("/admin");
		own.closeSession();
		assertThat(own.at(strangers).signIn(administrator, "the-administrators-password").location())
			.as("even from the strangers' own address (one office behind one router)")
			.isEqualTo("/admin");
	}

	@Test
	void anUnknownAccountIsAnsweredAsAKnownOneWithAWrongPasswordThrottledOrNot(CapturedOutput output) {
		String known = "known-" + this.run;
		String unknown = "unknown-" + this.run;
		this.accounts.create(known, "the-known-password-1", Role.EDITOR, false);
		String disabled = "disabled-" + this.run;
		this.accounts.create(disabled, "the-disabled-password", Role.EDITOR, false);
		this.accounts.find(disabled).ifPresent((account) -> this.accounts.disable(account.getId()));

		List<Answer> answers = new ArrayList<>();
		answers.add(browser(newAddress()).signIn(unknown, "some-password"));
		answers.add(browser(newAddress()).signIn(known, "a-wrong-password"));
		answers.add(browser(newAddress()).signIn(disabled, "the-disabled-password"));
		assertThat(count(output, "sign-in failure username=\"" + known + "\"")).isOne();
		assertThat(count(output, "sign-in throttled")).isZero();

		for (String username : List.of(known, unknown)) {
			// one attempt on each is counted already
			for (int i = 1; i < this.limits.attemptsPerAccount(); i++) {
				browser(newAddress()).signIn(username, "guess-" + i);
			}
		}
		answers.add(browser(newAddress()).signIn(unknown, "some-password"));
		answers.add(browser(newAddress()).signIn(known, "a-wrong-password"));
		answers.add(browser(newAddress()).signIn(known, "the-known-password-1"));
		assertThat(count(output, "sign-in throttled username=\"" + known + "\"")).isEqualTo(2);
		assertThat(count(output, "sign-in throttled username=\"" + unknown + "\"")).isOne();

		assertThat(answers).allSatisfy((answer) -> assertThat(answer).isEqualTo(answers.get(0)));
		assertThat(answers.get(0).location()).isEqualTo("/login?error");
		assertThat(browser(newAddress()).get("/login?error").body())
			.contains("the username or password is not right, or there were too many attempts");
	}

	@Test
	void eachAttemptIsLoggedWithItsNameAddressAndOutcome(CapturedOutput output) {
		String username = "audited-" + this.run;
		this.accounts.create(username, "the-audited-password", Role.EDITOR, false);
		String address = "192.0.2." + (1 + random.nextInt(254));
		browser(address).signIn(username, "wrong");
		browser(address).signIn(username, "the-audited-password");
		browser(address).signIn("nobody-" + this.run, "wrong");
		browser(address).signIn("line\nbreak", "wrong");
		assertThat(output.getOut()).contains(
				"sign-in failure username=\"" + username + "\" address=" + address
						+ " device=new reason=wrong-password",
				"sign-in success username=\"" + username + "\" address=" + address + " device=new",
				"sign-in failure username=\"nobody-" + this.run + "\" address=" + address
						+ " device=new reason=no-such-account",
				"sign-in failure username=\"line\\u000abreak\"");
	}

	@Test
	void theWaitsDoubleUpToTheLongestAndAQuietDayForgetsTheAttempts() {
		String username = "waits-" + this.run;
		this.accounts.create(username, "the-waiting-password", Role.EDITOR, false);
		String key = SignInThrottle.Limit.account(username, this.limits).key();
		int free = this.limits.attemptsPerAccount();
		for (int i = 0; i < free; i++) {
			browser(newAddress()).signIn(username, "guess-" + i);
		}
		assertThat(attempts(key)).isEqualTo(free);
		Duration first = this.limits.firstDelay();
		lastAttemptAgo(key, first.minusSeconds(5));
		browser(newAddress()).signIn(username, "too-early");
		assertThat(attempts(key)).as("turned away, not counted").isEqualTo(free);
		lastAttemptAgo(key, first.plusSeconds(1));
		browser(newAddress()).signIn(username, "after-the-first-wait");
		assertThat(attempts(key)).as("let through").isEqualTo(free + 1);

		lastAttemptAgo(key, first.plusSeconds(1));
		browser(newAddress()).signIn(username, "too-early-again");
		assertThat(attempts(key)).as("the second wait is twice the first").isEqualTo(free + 1);
		lastAttemptAgo(key, first.multipliedBy(2).plusSeconds(1));
		browser(newAddress()).signIn(username, "after-the-second-wait");
		assertThat(attempts(key)).isEqualTo(free + 2);

		this.jdbc.sql("update sign_in_throttle set attempts = 5000 where key = :key").param("key", key).update();
		lastAttemptAgo(key, this.limits.maxDelay().minusSeconds(5));
		browser(newAddress()).signIn(username, "long-after");
		assertThat(attempts(key)).isEqualTo(5000);
		lastAttemptAgo(key, this.limits.maxDelay().plusSeconds(1));
		browser(newAddress()).signIn(username, "after-the-longest-wait");
		assertThat(attempts(key)).as("never longer than max-delay").isEqualTo(5001);

		lastAttemptAgo(key, this.limits.forgetAfter().plusSeconds(1));
		browser(newAddress()).signIn(username, "the-next-day");
		assertThat(attempts(key)).as("forgotten").isEqualTo(1);
		assertThat(browser(newAddress()).signIn(username, "the-waiting-password").location()).isEqualTo("/admin");
		assertThat(attempts(key)).as("a success is not counted").isEqualTo(1);
	}

	private int attempts(String key) {
		return this.jdbc.sql("select attempts from sign_in_throttle where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	/**
	 * Moves the limit's last counted attempt into the past, as waiting that long would.
	 */
	private void lastAttemptAgo(String key, Duration ago) {
		this.jdbc.sql("update sign_in_throttle set last_attempt = now() - make_interval(secs => :ago) where key = :key")
			.param("ago", (double) ago.toSeconds())
			.param("key", key)
			.update();
	}

	/**
	 * The most attempts a limit lets through in a burst that took this long (its waits
	 * double from the first).
	 */
	private int mostLetThrough(int free, Duration took) {
		int more = 0;
		Duration waited = this.limits.firstDelay();
		while (waited.compareTo(took) <= 0) {
			more++;
			waited = waited.plus(this.limits.firstDelay().multipliedBy(1L << more));
		}
		return free + more;
	}

	private AddressedBrowser browser(String address) {
		return new AddressedBrowser(this.application, address);
	}

	/**
	 * An address no other test (and no earlier run on the same database) uses: a random
	 * /64 of the IPv6 documentation prefix, since limits count an IPv6 client by its /64.
	 */
	static String newAddress() {
		return String.format("2001:db8:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000),
				random.nextInt(0xffff) + 1);
	}

	private static int count(CapturedOutput output, String text) {
		return (int) Pattern.compile(Pattern.quote(text)).matcher(output.getOut()).results().count();
	}

}
