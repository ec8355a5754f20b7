package com.mailindashboard.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects never point at the request's Host header (which the client chooses): an absolute
 * redirect built from it (Spring Security's login entry point, the saved request after login)
 * becomes the same path under {@code dashboard.public-url}, or a relative one when none is
 * configured. Redirects elsewhere are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicUrlRedirectFilter extends OncePerRequestFilter {

    private final String publicUrl;

    @Autowired
    PublicUrlRedirectFilter(WebProperties properties) {
        this(properties.publicUrl());
    }

    PublicUrlRedirectFilter(String publicUrl) {
        String url = publicUrl == null ? "" : publicUrl.strip();
        if (!url.isEmpty()) {
            URI parsed = URI.create(url);
            if (parsed.getScheme() == null || parsed.getHost() == null
                    || !(parsed.getScheme().equals("http") || parsed.getScheme().equals("https"))) {
                throw new IllegalArgumentException("DASHBOARD_PUBLIC_URL must be an http(s) address, e.g. "
                        + "https://dashboard.example.com, not '" + url + "'");
            }
        }
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(rewrite(request, location));
            }
        });
    }

    String rewrite(HttpServletRequest request, String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute()) {
            // relative: Tomcat keeps it relative (server.tomcat.use-relative-redirects), or it goes under the public URL
            return location.startsWith("/") && !location.startsWith("//") ? publicUrl + location : location;
        }
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String rest = (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return publicUrl + path + rest;
    }
}
