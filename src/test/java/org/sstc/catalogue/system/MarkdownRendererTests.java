package org.sstc.catalogue.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("unit")
class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void keepsParagraphsListsEmphasisAndLinks() {
		String html = this.renderer.html("First **bold** and *italic*.\n\n- one\n- two\n\n[ILO](https://www.ilo.org)");
		assertThat(html).contains("<p>First <strong>bold</strong> and <em>italic</em>.</p>")
			.contains("<ul>\n<li>one</li>")
			.contains("<a rel=\"noopener noreferrer nofollow\" href=\"https://www.ilo.org\">ILO</a>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[site](http://www.ilo.org/x?a=1&b=2)", "[site](https://www.ilo.org)",
			"[write](mailto:sstc@ilo.org)", "[site](HTTPS://WWW.ILO.ORG)", "<https://www.ilo.org>",
			"[site][ref]\n\n[ref]: https://www.ilo.org" })
	void keepsHttpHttpsAndMailtoLinks(String markdown) {
		Document page = Jsoup.parseBodyFragment(this.renderer.html(markdown));
		assertThat(page.select("a[href]")).hasSize(1);
		assertThat(page.selectFirst("a").attr("href")).matches("(?i)(https?|mailto):.+");
	}

	/**
	 * Every hostile target: other schemes, the same written as browsers still read them
	 * (case, entities, control characters, whitespace), autolinks, reference definitions
	 * and images. None may leave a link, an image or an attribute with the target; the
	 * text stays (an autolink's text is its address).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "[x](javascript:alert(1))", "[x](JavaScript:alert(1))",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox(1))",
			"[x](file:///etc/passwd)", "[x](ftp://example.org/)", "[x](tel:+41227996111)",
			"[x](&#106;avascript:alert(1))", "[x](javascript&#58;alert(1))", "[x](<java\tscript:alert(1)>)",
			"[x](\u0001javascript:alert(1))", "[x](<\u00a0javascript:alert(1)>)", "[x](java\u200bscript:alert(1))",
			"<javascript:alert(1)>", "<data:text/html,x>", "[x][ref]\n\n[ref]: javascript:alert(1)",
			"[x](/practices/relative)", "[x](//evil.example/)", "[x](#fragment)", "![x](javascript:alert(1))",
			"![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
			"[![x](data:image/png;base64,AAAA)](javascript:alert(1))" })
	void rendersLinksAndImagesWithAnyOtherTargetAsTheirText(String markdown) {
		String html = this.renderer.html(markdown);
		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("a, img")).as(html).isEmpty();
		assertThat(page.body().getAllElements())
			.allSatisfy((Element element) -> assertThat(element.attributes().asList()).as(html)
				.noneMatch((attribute) -> attribute.getValue()
					.toLowerCase()
					.matches("(?s).*(script|data|file|ftp|tel):.*")));
		assertThat(page.text()).as(html).isNotBlank();
	}

	@Test
	void rendersRawHtmlAsText() {
		String html = this.renderer.html("<script>alert(1)</script> <img src=x onerror=alert(1)> "
				+ "<a href=\"javascript:alert(1)\">x</a> <svg onload=alert(1)>");
		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("script, img, a, svg")).isEmpty();
		assertThat(page.text()).contains("<script>alert(1)</script>");
	}

	@Test
	void keepsTheTextAroundALinkItRemoves() {
		assertThat(this.renderer.html("before [the *text*](javascript:alert(1)) after"))
			.isEqualTo("<p>before the <em>text</em> after</p>\n");
	}

	@Test
	void rendersNothingForAMissingField() {
		assertThat(this.renderer.html(null)).isEmpty();
	}

}
