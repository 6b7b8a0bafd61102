package org.sstc.catalogue.system;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Adds {@code md:html="${...}"} to the templates: the element's body becomes the Markdown
 * rendered as sanitised HTML. A processor rather than {@code th:utext="${@bean...}"},
 * which Thymeleaf forbids since 3.1.4.
 */
@Component
class MarkdownDialect extends AbstractProcessorDialect {

	private final MarkdownRenderer renderer;

	MarkdownDialect(MarkdownRenderer renderer) {
		super("Markdown", "md", 1000);
		this.renderer = renderer;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new MarkdownAttributeProcessor(dialectPrefix, this.renderer));
	}

	private static final class MarkdownAttributeProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		private final MarkdownRenderer renderer;

		MarkdownAttributeProcessor(String dialectPrefix, MarkdownRenderer renderer) {
			super(TemplateMode.HTML, dialectPrefix, "html", 1300, true);
			this.renderer = renderer;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			String markdown = (expressionResult != null) ? expressionResult.toString() : null;
			structureHandler.setBody(this.renderer.html(markdown), false);
		}

	}

}
