package com.mailindashboard.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code md:status-badge="${row.status}"} in every template: a {@link StatusBadge} as a Bootstrap badge, the
 * element's own classes kept, its text the badge's label (from messages.properties) or Mailin's own word,
 * escaped. One processor where the list pages inserted a fragment twice per row (issue 12: replacing the
 * insertions, their class append, conditional and message expressions took 15% off the CPU of {@code /domains},
 * measured with {@code src/test/bench/domains-page-ab.sh}).
 */
@Component
class StatusBadgeDialect extends AbstractProcessorDialect {

    static final String PREFIX = "md";

    StatusBadgeDialect() {
        super("Mailin Dashboard status badges", PREFIX, 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new BadgeProcessor(dialectPrefix), new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
    }

    private static final class BadgeProcessor extends AbstractAttributeTagProcessor {

        private static final Object[] NO_ARGUMENTS = {};

        BadgeProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "status-badge", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            if (!(value instanceof StatusBadge badge)) {
                throw new TemplateProcessingException("md:status-badge needs a StatusBadge, got " + value);
            }
            String label = badge.labelKey() == null ? badge.text()
                    : context.getMessage(StatusBadge.class, badge.labelKey(), NO_ARGUMENTS, true);
            String own = tag.getAttributeValue("class");
            structureHandler.setAttribute("class", (own == null || own.isBlank() ? "" : own + " ") + "badge " + badge.css());
            structureHandler.setBody(HtmlEscape.escapeHtml5Xml(label), false);
        }
    }
}
