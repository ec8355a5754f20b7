package com.mailindashboard.overview;

import com.mailindashboard.web.MailinProblem;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A Mailin connection that fails: reading the account (U1) ended in a problem. First, since it explains the others. */
@Component
@Order(0)
class MailinConnectionRule implements AttentionRule {

    private final AccountFigures figures;

    MailinConnectionRule(AccountFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<AttentionItem> check() {
        AccountSnapshot account = figures.current();
        if (account.user().ok()) {
            return List.of();
        }
        MailinProblem problem = account.user().problem();
        return List.of(new AttentionItem(AttentionItem.DANGER, "overview.attention.connection",
                new Object[] {problem.title()}, "/settings", "overview.attention.open-settings"));
    }
}
