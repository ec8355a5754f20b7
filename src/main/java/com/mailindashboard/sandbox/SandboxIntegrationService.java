package com.mailindashboard.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Inbox providers (P1-P4) and domain registrars (R1-R4): stored credentials, no behaviour behind them. */
@Component
class SandboxIntegrationService {

    private static final Pattern IPV4 =
            Pattern.compile("^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$");

    private final SandboxState state;

    SandboxIntegrationService(SandboxState state) {
        this.state = state;
    }

    /** P1/R1: {@code name} and an allowed {@code provider} are required; registrars need an {@code api_key}. */
    long add(SandboxIntegrationKind kind, Map<String, Object> body) {
        Map<String, String> fields = accepted(kind, body);
        SandboxRules.required("name", fields.get("name"));
        SandboxRules.required("provider", fields.get("provider"));
        if (kind == SandboxIntegrationKind.REGISTRAR) {
            SandboxRules.required("api_key", fields.get("api_key"));
        }
        return state.addIntegration(kind, fields).id();
    }

    /** P2/R2. */
    Map<String, Object> list(SandboxIntegrationKind kind, SandboxPageQuery query, String path) {
        var matching = state.integrations(kind).stream()
                .filter(integration -> query.matches(integration.fields().get("name"))).toList();
        return SandboxPage.of(query.withDefaultPageSize(kind.defaultPageSize), matching, SandboxIntegration::listItem,
                path);
    }

    /** P3/R3: the fields given replace the stored ones. */
    void update(SandboxIntegrationKind kind, long id, Map<String, Object> body) {
        Map<String, String> changes = accepted(kind, body);
        state.change(() -> state.save(state.integration(kind, id).updatedWith(changes)));
    }

    /** P4/R4. */
    void delete(SandboxIntegrationKind kind, long id) {
        state.change(() -> state.removeIntegration(kind, state.integration(kind, id).id()));
    }

    /** The kind's fields present in the body, as text, with {@code provider} and {@code whitelisted_ip} checked. */
    private static Map<String, String> accepted(SandboxIntegrationKind kind, Map<String, Object> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        kind.fields.stream().filter(field -> body != null && body.get(field) != null)
                .forEach(field -> fields.put(field, String.valueOf(body.get(field)).strip()));
        String provider = fields.get("provider");
        if (provider != null && !kind.providers.contains(provider)) {
            throw SandboxProblem.invalidField("provider", "The selected provider is invalid.");
        }
        String ip = fields.get("whitelisted_ip");
        if (ip != null && !IPV4.matcher(ip).matches()) {
            throw SandboxProblem.invalidField("whitelisted_ip", "The whitelisted ip field must be a valid IP address.");
        }
        return fields;
    }
}
