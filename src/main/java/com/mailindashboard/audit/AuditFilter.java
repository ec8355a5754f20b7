package com.mailindashboard.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which audit events to show. Every part is optional ({@code null}: no restriction).
 *
 * @param actor  part of the actor's email, any case
 * @param action part of the action, any case; ending in {@code *}, the exact start of the action
 * @param target part of the target's type, id or label, any case
 * @param from   first day (UTC), included
 * @param to     last day (UTC), included
 */
record AuditFilter(String actor, String action, String target, AuditOutcome outcome, LocalDate from, LocalDate to) {


    /** Whether the action is an exact prefix ({@code team.*}) rather than a part to find anywhere. */
    boolean actionIsPrefix() {
        return action != null && action.endsWith("*");
    }

    /** The action without its trailing {@code *}. */
    String actionPrefix() {
        return action.substring(0, action.length() - 1);
    }

    /** The restrictions in use, for the audit event of an export: {@code actor=ann, from=2025-01-01}. */
    String describe() {
        Map<String, Object> parts = new LinkedHashMap<>();
        put(parts, "actor", actor);
        put(parts, "action", action);
        put(parts, "target", target);
        put(parts, "outcome", outcome);
        put(parts, "from", from);
        put(parts, "to", to);
        return parts.isEmpty() ? "no filter" : SecretRedaction.summarize(parts);
    }

    private static void put(Map<String, Object> parts, String name, Object value) {
        if (value != null) {
            parts.put(name, value);
        }
    }
}
