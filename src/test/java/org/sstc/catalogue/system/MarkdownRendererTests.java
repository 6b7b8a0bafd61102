package org.sstc.catalogue.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void keepsParagraphsListsEmphasisAndLinks() {
		String html = this.renderer.html("First **bold** and *italic*.\n\n- one\n- two\n\n[ILO](https://www.ilo.org)");
		assertThat(html).contains("<p>First <strong>bold</strong> and <em>italic</em>.</p>")
			.contains("<ul>\n<li>one</li>")
			.contains("<a rel=\"noopener noreferrer nofollow\" href=\"https://www.ilo.org\">ILO</a>");
	}

	@Test
	void rendersRawHtmlAndScriptLinksInert() {
		String html = this.renderer.html("<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:void)");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript");
	}

	@Test
	void rendersNothingForAMissingField() {
		assertThat(this.renderer.html(null)).isEmpty();
	}

}
