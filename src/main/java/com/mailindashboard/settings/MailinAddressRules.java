package com.mailindashboard.settings;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the stored Mailin password may be sent. Plain {@code http://} only to this machine
 * (loopback: the sandbox, a local tunnel); anything else needs HTTPS. A change of address or
 * account email needs the password typed again, so a changed address never receives the stored one.
 */
final class MailinAddressRules {

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    private MailinAddressRules() {
    }

    /** Whether the address may carry the password: HTTPS, or HTTP to a loopback host. */
    static boolean secureEnough(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return uri.getHost() != null;
        }
        return scheme.equals("http") && loopback(uri.getHost());
    }

    static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || LOOPBACK_V4.matcher(h).matches() || h.equals("[::1]") || h.equals("::1");
    }

    /** Whether the form sends the password somewhere else, or for someone else, than it was entered for. */
    static boolean destinationChanged(String storedBaseUrl, String storedEmail, String baseUrl, String email) {
        return !normalizedUrl(storedBaseUrl).equals(normalizedUrl(baseUrl))
                || !normalizedEmail(storedEmail).equals(normalizedEmail(email));
    }

    private static String normalizedUrl(String url) {
        String u = url == null ? "" : url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.toLowerCase(Locale.ROOT);
    }

    private static String normalizedEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
