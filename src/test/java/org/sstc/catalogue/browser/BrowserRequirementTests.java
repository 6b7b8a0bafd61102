package org.sstc.catalogue.browser;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without Chromium, CI fails the browser tests and a developer's machine skips them. */
class BrowserRequirementTests {

	@Test
	void aMissingBrowserFailsWhereItIsRequiredAndSkipsElsewhere() {
		assertThatThrownBy(() -> BrowserRequirement.check(false, true)).isInstanceOf(AssertionFailedError.class)
			.hasMessageContaining("CI is set")
			.hasMessageContaining("chromium");
		assertThatThrownBy(() -> BrowserRequirement.check(false, false)).isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("apt-get install chromium chromium-driver");
		assertThatCode(() -> BrowserRequirement.check(true, true)).doesNotThrowAnyException();
		assertThatCode(() -> BrowserRequirement.check(true, false)).doesNotThrowAnyException();
	}

}
