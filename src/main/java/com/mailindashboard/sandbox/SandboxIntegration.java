package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.util.LinkedHashMap;
import java.util.Map;

/** An inbox provider or registrar account: its id and the fields of its kind that were given. */
record SandboxIntegration(long id, long userId, SandboxIntegrationKind kind, Map<String, String> fields) {

    SandboxIntegration {
        fields = Map.copyOf(fields);
    }

    /** The fields given in {@code changes} replace the stored ones. */
    SandboxIntegration updatedWith(Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(fields);
        merged.putAll(changes);
        return new SandboxIntegration(id, userId, kind, merged);
    }

    /** P2's or R2's item: id, user id and the kind's listed fields (null when not given). */
    Map<String, Object> listItem() {
        Map<String, Object> item = ordered("id", id, "user_id", userId);
        kind.listedFields.forEach(field -> item.put(field, fields.get(field)));
        return item;
    }
}
