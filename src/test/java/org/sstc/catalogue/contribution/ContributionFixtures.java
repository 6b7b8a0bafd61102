package org.sstc.catalogue.contribution;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Accounts;
import org.sstc.catalogue.account.Role;
import org.sstc.catalogue.admin.StaffBrowser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalogue with a real SMTP server in the tests' process (GreenMail, started once
 * for every test of contributions, so that they share one application), and the people
 * the tests of contributions work as.
 */
abstract class ContributionFixtures extends CatalogueHttpTest {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	static final String EDITOR = "contribution-editor";

	static final String PASSWORD = "a-password-for-the-tests";

	static final String EDITORS_ADDRESS = "editors@sstc.test";

	static final GreenMail SMTP = startSmtp();

	private static final AtomicInteger people = new AtomicInteger();

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	@Autowired
	Accounts accounts;

	@Autowired
	Submissions submissions;

	@Autowired
	JdbcClient jdbc;

	private static GreenMail startSmtp() {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
		return smtp;
	}

	@DynamicPropertySource
	static void mailSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("catalogue.contributions.editor-addresses", () -> EDITORS_ADDRESS);
		registry.add("catalogue.contributions.mail-from", () -> "catalogue@sstc.test");
	}

	StaffBrowser admin() {
		return StaffBrowser.signedIn(this.port, ADMIN, ADMIN_PASSWORD);
	}

	StaffBrowser editor() {
		if (!this.accounts.exists(EDITOR)) {
			this.accounts.create(EDITOR, PASSWORD, Role.EDITOR, false);
		}
		return StaffBrowser.signedIn(this.port, EDITOR, PASSWORD);
	}

	/** A new contributor account, made directly (the invitation has tests of its own). */
	Account newContributor() {
		return this.accounts.create("contributor-" + people.incrementAndGet() + "-" + System.nanoTime() % 100000,
				PASSWORD, Role.CONTRIBUTOR, false);
	}

	StaffBrowser signedIn(Account account) {
		return StaffBrowser.signedIn(this.port, account.getUsername(), PASSWORD);
	}

	/** A submitted submission of the owner's, with a title and results. */
	Submission submitted(Account owner, String title) {
		Submission draft = this.submissions.createDraft(owner, TestBodies.withTitle(title));
		return this.submissions.submit(draft.getId(), owner);
	}

	/**
	 * The newest message to this address whose subject starts so, once it has arrived.
	 */
	static MimeMessage mailTo(String address, String subjectStart) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> Arrays.stream(SMTP.getReceivedMessages())
				.filter((message) -> isTo(message, address) && subject(message).startsWith(subjectStart))
				.reduce((first, second) -> second)
				.orElse(null), (message) -> message != null);
	}

	/** The link in a message's text. */
	static String link(MimeMessage message) {
		Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as(GreenMailUtil.getBody(message)).isTrue();
		return link.group();
	}

	static String path(String link) {
		return java.net.URI.create(link).getRawPath();
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The form's values as a page would send them, changed by {@code changes}. */
	static Map<String, String> values(String... pairs) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(pairs[i], pairs[i + 1]);
		}
		return values;
	}

}
