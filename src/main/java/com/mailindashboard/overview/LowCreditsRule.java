package com.mailindashboard.overview;

import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Verification credits under {@code dashboard.overview.credits-threshold}. */
@Component
@Order(60)
class LowCreditsRule implements AttentionRule {

    private final AccountFigures figures;
    private final OverviewProperties properties;

    LowCreditsRule(AccountFigures figures, OverviewProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    @Override
    public List<AttentionItem> check(Locale locale) {
        AccountSnapshot account = figures.current(locale);
        if (!account.credits().ok() || account.credits().value() >= properties.creditsThreshold()) {
            return List.of();
        }
        return List.of(new AttentionItem(AttentionItem.WARNING, "overview.attention.credits",
                new Object[] {account.credits().value(), properties.creditsThreshold()}, "/account",
                "overview.attention.open-account"));
    }
}
