package com.mailindashboard.integrations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of inbox providers and registrars Mailin accepts, each with the fields it takes and the
 * ones it needs when added (checked before any call). Secrets ({@code apiKey}, {@code password},
 * {@code secretApiKey}) are write-only; when editing, a field left empty is kept as Mailin has it.
 */
public enum IntegrationType {

    REACHINBOX(IntegrationKind.PROVIDER, "reachinbox", List.of("apiKey"), Set.of("apiKey")),
    PLUSVIBE(IntegrationKind.PROVIDER, "plusvibe", List.of("apiKey", "workspaceId"), Set.of("apiKey", "workspaceId")),
    INSTANTLY(IntegrationKind.PROVIDER, "instantly", List.of("apiKey", "username", "password"), Set.of("apiKey")),
    MANYREACH(IntegrationKind.PROVIDER, "manyreach", List.of("apiKey", "username", "password"), Set.of("apiKey")),
    SMARTLEAD(IntegrationKind.PROVIDER, "smartlead", List.of("apiKey", "oauthUrl"), Set.of("apiKey")),

    PORKBUN(IntegrationKind.REGISTRAR, "porkbun", List.of("apiKey", "secretApiKey"), Set.of("apiKey", "secretApiKey")),
    NAMECHEAP(IntegrationKind.REGISTRAR, "namecheap", List.of("apiKey", "apiUser", "username", "whitelistedIp"),
            Set.of("apiKey", "apiUser", "username", "whitelistedIp")),
    GODADDY(IntegrationKind.REGISTRAR, "godaddy", List.of("apiKey", "secretApiKey", "customerId"),
            Set.of("apiKey", "secretApiKey")),
    SPACESHIP(IntegrationKind.REGISTRAR, "spaceship", List.of("apiKey", "secretApiKey"), Set.of("apiKey", "secretApiKey"));

    /** The fields that are secrets: write-only, never shown, omitted from an edit when left empty. */
    public static final Set<String> SECRETS = Set.of("apiKey", "password", "secretApiKey");

    private final IntegrationKind kind;
    private final String wire;
    private final List<String> fields;
    private final Set<String> required;

    IntegrationType(IntegrationKind kind, String wire, List<String> fields, Set<String> required) {
        this.kind = kind;
        this.wire = wire;
        this.fields = fields;
        this.required = required;
    }

    public IntegrationKind kind() {
        return kind;
    }

    /** Mailin's word for it ({@code provider} in P1/R1). */
    public String wire() {
        return wire;
    }

    public List<String> fields() {
        return fields;
    }

    public boolean takes(String field) {
        return fields.contains(field);
    }

    /**
     * Whether the field is needed. Only when adding: an edit sends what was typed and leaves the
     * rest as Mailin has it (its lists do not show every field, and never the secrets).
     */
    public boolean needs(String field, boolean adding) {
        return adding && required.contains(field);
    }

    public static List<IntegrationType> of(IntegrationKind kind) {
        return Arrays.stream(values()).filter(type -> type.kind == kind).toList();
    }

    public static Optional<IntegrationType> of(IntegrationKind kind, String wire) {
        return of(kind).stream().filter(type -> type.wire.equalsIgnoreCase(wire == null ? "" : wire.strip())).findFirst();
    }
}
