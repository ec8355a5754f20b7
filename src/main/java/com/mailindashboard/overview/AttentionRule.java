package com.mailindashboard.overview;

import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * One thing that can need the team's attention. Each rule is a bean of its own; the overview
 * asks every rule (in {@link Order} order) and shows the items
 * they return, so a new feature adds its rule as one class. A rule that fails is reported as a
 * rule that could not be checked, and the others still show.
 */
public interface AttentionRule {

    /** The items to show now; empty when all is well. */
    List<AttentionItem> check();
}
