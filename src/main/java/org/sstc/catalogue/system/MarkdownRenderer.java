package org.sstc.catalogue.system;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Renders the records' Markdown to HTML for the pages. Raw HTML in the Markdown is
 * escaped, never passed through, and a link or image whose target is not an absolute
 * http, https or mailto address is rendered as its text alone, so a record can never
 * inject markup or scripts.
 */
@Component
public class MarkdownRenderer {

	private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

	private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");

	/**
	 * What browsers strip from a URL before reading its scheme: C0 controls, spaces and
	 * the like.
	 */
	private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7F\\p{Z}\\p{Cf}]");

	private final Parser parser = Parser.builder().postProcessor(new UnsafeLinksAsText()).build();

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
	 * The words of the Markdown without its markup: what search indexes and highlights. A
	 * link contributes its text, not its address; paragraphs and list items end with a
	 * line break.
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

	/**
	 * Whether a link may point there: an absolute http, https or mailto address. Checked
	 * as a browser reads it, after the tabs, line breaks and control characters it
	 * ignores; commonmark's own sanitiser lets {@code data:} through.
	 */
	static boolean isSafeTarget(String destination) {
		if (destination == null) {
			return false;
		}
		Matcher scheme = SCHEME.matcher(IGNORED_BY_BROWSERS.matcher(destination).replaceAll(""));
		return scheme.lookingAt() && SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Replaces every link and image with an unsafe target by its own text (an image's
	 * text is its alt text).
	 */
	private static final class UnsafeLinksAsText extends AbstractVisitor implements PostProcessor {

		@Override
		public Node process(Node document) {
			document.accept(this);
			return document;
		}

		@Override
		public void visit(Link link) {
			visitChildren(link);
			if (!isSafeTarget(link.getDestination())) {
				replaceByChildren(link);
			}
		}

		@Override
		public void visit(Image image) {
			visitChildren(image);
			if (!isSafeTarget(image.getDestination())) {
				replaceByChildren(image);
			}
		}

		private static void replaceByChildren(Node node) {
			Node child = node.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				node.insertBefore(child);
				child = next;
			}
			node.unlink();
		}

	}

}
