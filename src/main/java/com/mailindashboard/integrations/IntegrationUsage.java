package com.mailindashboard.integrations;

import java.util.List;
import java.util.Map;

/** Which orders use which inbox provider and registrar: their domains by id (from Z2). */
public record IntegrationUsage(Map<Long, List<String>> providers, Map<Long, List<String>> registrars) {

    /** The domains of the orders using it; {@code kind} is {@code PROVIDER} or {@code REGISTRAR}. */
    public List<String> of(String kind, Long id) {
        return (IntegrationKind.valueOf(kind) == IntegrationKind.PROVIDER ? providers : registrars)
                .getOrDefault(id, List.of());
    }
}
