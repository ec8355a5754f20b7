package com.mailindashboard.overview;

import com.mailindashboard.fleet.FleetCount;
import com.mailindashboard.fleet.FleetSummary;
import com.mailindashboard.fleet.StatusGroup;
import com.mailindashboard.web.Ages;
import com.mailindashboard.web.Text;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Domains that are not active (pending or inactive), per domain list, as the fleet summary last
 * counted them (no upstream call); each line opens the list filtered to them.
 */
@Component
@Order(40)
class InactiveDomainsRule implements AttentionRule {

    private static final List<StatusGroup> NOT_ACTIVE = List.of(StatusGroup.INACTIVE, StatusGroup.PENDING);
    private final FleetSummary fleet;
    private final Ages ages;

    InactiveDomainsRule(FleetSummary fleet, Ages ages) {
        this.fleet = fleet;
        this.ages = ages;
    }

    @Override
    public List<AttentionItem> check() {
        List<AttentionItem> items = new ArrayList<>();
        for (FleetCount count : fleet.counts()) {
            if (!count.kind().domains() || !count.counted()) {
                continue;
            }
            for (StatusGroup group : NOT_ACTIVE) {
                int n = count.count(group);
                if (n > 0) {
                    MessageSourceResolvable kind = Text.of("fleet.kind." + count.kind().key());
                    MessageSourceResolvable status = Text.of("fleet.group." + group.key());
                    items.add(new AttentionItem(group == StatusGroup.INACTIVE ? AttentionItem.DANGER : AttentionItem.WARNING,
                            "overview.attention.domains", new Object[] {n, status, kind, ages.of(count.splitAt())},
                            count.url(group), "overview.attention.open-list"));
                }
            }
        }
        return items;
    }
}
