package org.sstc.catalogue.contribution;

import org.sstc.catalogue.practice.PracticeBody;

/** Bodies of submissions for the tests. */
final class TestBodies {

	private TestBodies() {
	}

	static PracticeBody withTitle(String title) {
		return PracticeBody.of((section) -> switch (section.name()) {
			case "title" -> title;
			case "results" -> "Results of " + title;
			default -> section.kind().isText() ? null : java.util.List.of();
		});
	}

}
