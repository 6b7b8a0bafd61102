package org.sstc.catalogue.system;

import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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

	private static final Parser PLAIN_PARSER = Parser.builder().build();

	/**
	 * The words of the Markdown without its markup: what search indexes and highlights. A link contributes its text,
	 * not its address; paragraphs and list items end with a line break.
	 */
	public static String plainText(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		PLAIN_PARSER.parse(markdown).accept(new AbstractVisitor() {

			@Override
			public void visit(Text node) {
				text.append(node.getLiteral());
			}

			@Override
			public void visit(Code node) {
				text.append(node.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak node) {
				text.append(' ');
			}

			@Override
			public void visit(HardLineBreak node) {
				text.append('\n');
			}

			@Override
			public void visit(Paragraph node) {
				visitChildren(node);
				text.append('\n');
			}

			@Override
			public void visit(Heading node) {
				visitChildren(node);
				text.append('\n');
			}

		});
		return text.toString().strip();
	}

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return this.renderer.render(this.parser.parse(markdown));
	}

}
