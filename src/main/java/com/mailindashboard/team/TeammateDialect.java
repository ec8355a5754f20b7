package com.mailindashboard.team;

import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #teammate} in every template: what the signed-in teammate may see, worked out once per page from
 * their authentication ({@code ${#teammate.mayOperate}}, {@code ${#teammate.admin}}...). It answers what
 * {@code sec:authorize="hasAnyRole('ADMIN','OPERATOR')"} did, without building a Spring Security expression
 * context for every check (four to a dozen per page). The server still enforces every URL and method; this
 * only decides what a page shows.
 */
@Component
class TeammateDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "teammate";

    private final IExpressionObjectFactory factory = new IExpressionObjectFactory() {
        @Override
        public Set<String> getAllExpressionObjectNames() {
            return Set.of(NAME);
        }

        @Override
        public Object buildObject(IExpressionContext context, String expressionObjectName) {
            return NAME.equals(expressionObjectName)
                    ? Teammate.of(SecurityContextHolder.getContext().getAuthentication()) : null;
        }

        @Override
        public boolean isCacheable(String expressionObjectName) {
            return true; // one per page rendering
        }
    };

    TeammateDialect() {
        super("Mailin Dashboard teammate");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return factory;
    }
}
