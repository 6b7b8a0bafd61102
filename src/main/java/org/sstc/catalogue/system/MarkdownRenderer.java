package org.sstc.catalogue.system;

import java.util.Map;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Renders the records' Markdown to HTML for the pages. Raw HTML in the Markdown is escaped, never passed through, and
 * link targets other than http(s) and mailto are dropped, so a record can never inject markup or scripts.
 */
@Component
public class MarkdownRenderer {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
			if ("a".equals(tagName)) {
				attributes.putAll(Map.of("rel", "noopener noreferrer nofollow"));
			}
		})
		.build();

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return this.renderer.render(this.parser.parse(markdown));
	}

}
