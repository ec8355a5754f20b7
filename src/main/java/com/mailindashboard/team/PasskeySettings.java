package com.mailindashboard.team;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The relying party passkeys are registered for, resolved once from {@link PasskeyProperties} and
 * {@code dashboard.public-url}, and whether a request may use them: browsers allow WebAuthn only in a
 * secure context (HTTPS, or localhost) and only on the relying-party id's host or a subdomain of it.
 */
record PasskeySettings(String rpId, Set<String> allowedOrigins, String rpName) {

    /** Why passkeys are (not) offered on a request. */
    enum Availability { OFFERED, NOT_SECURE, OTHER_HOST }

    static PasskeySettings resolve(PasskeyProperties properties, String publicUrl, int serverPort) {
        URI publicUri = publicUrl == null || publicUrl.isBlank() ? null : URI.create(publicUrl.strip());
        String rpId = !properties.rpId().isBlank() ? properties.rpId().strip().toLowerCase(Locale.ROOT)
                : publicUri != null && publicUri.getHost() != null ? publicUri.getHost().toLowerCase(Locale.ROOT)
                : "localhost";
        Set<String> origins = new LinkedHashSet<>();
        properties.allowedOrigins().stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o).forEach(origins::add);
        if (origins.isEmpty()) {
            origins.add(publicUri != null && publicUri.getHost() != null ? origin(publicUri)
                    : "http://localhost:" + serverPort);
        }
        return new PasskeySettings(rpId, Set.copyOf(origins), properties.rpName());
    }

    Availability availability(HttpServletRequest request) {
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (!request.isSecure() && !isLocalhost(host)) {
            return Availability.NOT_SECURE;
        }
        return host.equals(rpId) || host.endsWith("." + rpId) ? Availability.OFFERED : Availability.OTHER_HOST;
    }

    private static boolean isLocalhost(String host) {
        return List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(host) || host.endsWith(".localhost");
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
