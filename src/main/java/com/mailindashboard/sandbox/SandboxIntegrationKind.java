package com.mailindashboard.sandbox;

import java.util.List;

/**
 * The two kinds of outside accounts Mailin keeps credentials for: inbox providers (P1-P4) and
 * domain registrars (R1-R4). Each names its allowed providers, accepted and listed fields,
 * default page size and answers.
 */
enum SandboxIntegrationKind {

    INBOX_PROVIDER(List.of("reachinbox", "plusvibe", "instantly", "manyreach", "smartlead"),
            List.of("name", "provider", "api_key", "oauth_url", "username", "password", "workspace_id"),
            List.of("name", "provider", "api_key", "oauth_url", "username", "workspace_id"),
            15, "provider_id", "Provider has been successfully created.", "Provider updated successfully.",
            "Provider deleted successfully.", "Provider not found."),

    REGISTRAR(List.of("porkbun", "namecheap", "godaddy", "spaceship"),
            List.of("name", "provider", "api_key", "secret_api_key", "api_user", "username", "whitelisted_ip",
                    "customer_id"),
            List.of("name", "provider", "api_key", "username"),
            10, "id", "Domain registrar created successfully.", "Registrar updated successfully.",
            "Registrar deleted successfully.", "Registrar not found.");

    final List<String> providers;
    final List<String> fields;
    final List<String> listedFields;
    final int defaultPageSize;
    final String createdIdKey;
    final String created;
    final String updated;
    final String deleted;
    final String notFound;

    SandboxIntegrationKind(List<String> providers, List<String> fields, List<String> listedFields,
                           int defaultPageSize, String createdIdKey, String created, String updated, String deleted,
                           String notFound) {
        this.providers = providers;
        this.fields = fields;
        this.listedFields = listedFields;
        this.defaultPageSize = defaultPageSize;
        this.createdIdKey = createdIdKey;
        this.created = created;
        this.updated = updated;
        this.deleted = deleted;
        this.notFound = notFound;
    }
}
