package org.sstc.catalogue.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per sign-in attempt, for audit: its outcome, the name tried, the client
 * address and whether the browser was a known device. The logger is this class's, so
 * operators can send it to a file of its own.
 */
final class SignInAudit {

	private static final Logger logger = LoggerFactory.getLogger(SignInAudit.class);

	private SignInAudit() {
	}

	/** Why an attempt failed, for the log only: every failure gets the same answer. */
	enum Failure {

		WRONG_PASSWORD, NO_SUCH_ACCOUNT, DISABLED

	}

	static void succeeded(String username, String address, boolean knownDevice) {
		logger.info("sign-in success username={} address={} device={}", quoted(username), address, device(knownDevice));
	}

	static void failed(String username, String address, boolean knownDevice, Failure failure) {
		logger.warn("sign-in failure username={} address={} device={} reason={}", quoted(username), address,
				device(knownDevice), failure.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	static void throttled(String username, String address, boolean knownDevice, String limit) {
		logger.warn("sign-in throttled username={} address={} device={} limit={}", quoted(username), address,
				device(knownDevice), limit);
	}

	private static String device(boolean known) {
		return known ? "known" : "new";
	}

	/**
	 * The name as typed, quoted, without anything that could forge a log line, and no
	 * longer than any real name.
	 */
	static String quoted(String username) {
		if (username == null) {
			return "\"\"";
		}
		StringBuilder quoted = new StringBuilder("\"");
		username.codePoints().limit(64).forEach((c) -> {
			if (c == '"' || c == '\\') {
				quoted.append('\\').appendCodePoint(c);
			}
			else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
				quoted.append(String.format("\\u%04x", c));
			}
			else {
				quoted.appendCodePoint(c);
			}
		});
		if (username.codePointCount(0, username.length()) > 64) {
			quoted.append("...");
		}
		return quoted.append('"').toString();
	}

}
