package com.mailindashboard.overview;

import com.mailindashboard.verification.VerificationProperties;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Verification credits under {@code dashboard.verification.low-credits-threshold}, the credits page's own warning. */
@Component
@Order(60)
class LowCreditsRule implements AttentionRule {

    private final AccountFigures figures;
    private final VerificationProperties properties;

    LowCreditsRule(AccountFigures figures, VerificationProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    @Override
    public List<AttentionItem> check() {
        AccountSnapshot account = figures.current();
        if (!account.credits().ok() || account.credits().value() >= properties.lowCreditsThreshold()) {
            return List.of();
        }
        return List.of(new AttentionItem(AttentionItem.WARNING, "overview.attention.credits",
                new Object[] {account.credits().value(), properties.lowCreditsThreshold()}, "/verification/credits",
                "overview.attention.open-credits"));
    }
}
