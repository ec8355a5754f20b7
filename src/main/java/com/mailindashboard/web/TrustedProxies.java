package com.mailindashboard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * ({@code dashboard.trusted-proxies}, from {@code DASHBOARD_TRUSTED_PROXIES}: addresses or CIDR
 * ranges, comma-separated; empty by default, so nobody can choose their own client address).
 */
final class TrustedProxies {

    /** Only address literals are compared: a header value is never looked up in DNS. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> proxies;

    TrustedProxies(String configured) {
        List<IpAddressMatcher> matchers = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    if (!ADDRESS_LITERAL.matcher(entry.split("/")[0]).matches()) {
                        throw new IllegalArgumentException("DASHBOARD_TRUSTED_PROXIES: '" + entry
                                + "' is not an IP address or CIDR range");
                    }
                    matchers.add(new IpAddressMatcher(entry.strip()));
                }
            }
        }
        this.proxies = List.copyOf(matchers);
    }

    boolean none() {
        return proxies.isEmpty();
    }

    boolean trusted(String address) {
        return address != null && ADDRESS_LITERAL.matcher(address).matches()
                && proxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    /**
     * The client's address: the connection's own unless it comes from a trusted proxy; then the
     * {@code X-Forwarded-For} hops are read from the right (the ones the trusted proxies appended)
     * and the first hop that is not a trusted proxy is the client. Entries further left were
     * written by the client and are never believed.
     */
    String clientAddress(String remoteAddress, Enumeration<String> forwardedFor) {
        if (!trusted(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        while (forwardedFor.hasMoreElements()) {
            Arrays.stream(forwardedFor.nextElement().split(",")).map(String::strip)
                    .filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        String client = remoteAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS_LITERAL.matcher(hop).matches()) {
                break;
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client;
    }

    /** Whether a trusted proxy says the client used HTTPS (the last {@code X-Forwarded-Proto} value). */
    boolean forwardedHttps(String remoteAddress, String forwardedProto) {
        if (!trusted(remoteAddress) || forwardedProto == null || forwardedProto.isBlank()) {
            return false;
        }
        String[] values = forwardedProto.split(",");
        return "https".equalsIgnoreCase(values[values.length - 1].strip());
    }
}
