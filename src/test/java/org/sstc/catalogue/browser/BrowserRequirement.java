package org.sstc.catalogue.browser;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What the browser tests do where Chromium or its driver is missing. In CI
 * ({@code CI=true}, as CI services set it, or {@code -Dbrowser.required=true}) they fail:
 * a pipeline must not pass without them. Elsewhere they are skipped, loudly: a banner
 * when the first browser test class starts, and again with the count after the last test
 * of the run, where it cannot be missed among the other lines.
 */
final class BrowserRequirement implements BeforeAllCallback, BeforeEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserRequirement.class);

	/** Whether a missing browser fails the tests rather than skipping them. */
	static boolean required() {
		String property = System.getProperty("browser.required");
		return (property != null) ? Boolean.parseBoolean(property) : "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * Fails, skips or lets run a browser test, by whether the browser is installed and
	 * whether it is required.
	 */
	static void check(boolean installed, boolean required) {
		if (installed) {
			return;
		}
		if (required) {
			throw new AssertionFailedError(Browser.NOT_INSTALLED + ". CI is set, so the browser tests fail rather "
					+ "than skip: install them (.ci/run does).");
		}
		throw new TestAbortedException(Browser.NOT_INSTALLED);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (Browser.installed() || required()) {
			return;
		}
		Skipped skipped = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Skipped.class);
		if (skipped.classes.getAndIncrement() == 0) {
			System.err.println(banner("SKIPPED: " + Browser.NOT_INSTALLED));
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!Browser.installed() && !required()) {
			context.getRoot().getStore(NAMESPACE).computeIfAbsent(Skipped.class).tests.incrementAndGet();
		}
		check(Browser.installed(), required());
	}

	static String banner(String text) {
		String rule = "*".repeat(100);
		return "\n" + rule + "\n* " + text + "\n" + rule + "\n";
	}

	/**
	 * Counts the skipped browser tests of the run, and says how many when the run ends
	 * (the root store closes).
	 */
	static final class Skipped implements AutoCloseable {

		final AtomicInteger classes = new AtomicInteger();

		final AtomicInteger tests = new AtomicInteger();

		@Override
		public void close() {
			System.err.println(banner(this.tests.get() + " BROWSER TESTS WERE SKIPPED, NOT PASSED: "
					+ Browser.NOT_INSTALLED + ". With CI=true they fail instead."));
		}

	}

}
