package com.mailindashboard.gateway;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one table of Mailin paths: the catalog defaults, with any {@code mailin.endpoints.<key>}
 * override applied. Paths are relative to {@code /api/v1/public}, or to {@code /api/v1} when they
 * start with {@code !}.
 */
class MailinEndpoints {

    static final String PUBLIC_PREFIX = "/api/v1/public";
    static final String API_PREFIX = "/api/v1";

    private final Map<MailinOperation, String> paths = new EnumMap<>(MailinOperation.class);

    public MailinEndpoints(Map<String, String> configured) {
        Map<String, String> overrides = new java.util.HashMap<>();
        configured.forEach((key, path) -> overrides.put(normalize(key), path));
        for (MailinOperation op : MailinOperation.values()) {
            String override = overrides.get(op.key());
            paths.put(op, override == null || override.isBlank() ? op.defaultPath() : override.strip());
        }
        overrides.keySet().stream()
                .filter(key -> java.util.Arrays.stream(MailinOperation.values()).noneMatch(op -> op.key().equals(key)))
                .findFirst()
                .ifPresent(key -> {
                    throw new IllegalStateException("mailin.endpoints." + key + " names no catalog operation");
                });
    }

    /**
     * Keys arrive as written in YAML ({@code domain-delete}) or through an environment variable
     * ({@code MAILIN_ENDPOINTS_DOMAIN_DELETE} binds as {@code domain.delete}): both mean the same.
     */
    private static String normalize(String key) {
        return key.strip().toLowerCase(java.util.Locale.ROOT).replace('.', '-').replace('_', '-');
    }


    /** The path below the base URL, prefix included, with {@code {variables}} still unexpanded. */
    public String fullPath(MailinOperation op) {
        String path = paths.get(op);
        if (path.startsWith("!")) {
            return API_PREFIX + ensureSlash(path.substring(1));
        }
        return PUBLIC_PREFIX + ensureSlash(path);
    }

    private static String ensureSlash(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
