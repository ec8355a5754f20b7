package com.mailindashboard.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Applies {@link TrustedProxies} inside Tomcat, before anything reads the request: the client
 * address (login throttling, audit log) and HTTPS (secure session cookie) come from forwarded
 * headers only when the connection comes from a configured proxy. Tomcat's own RemoteIpValve is
 * off ({@code server.forward-headers-strategy: none}): it trusts every private address.
 */
class TrustedProxyValve extends ValveBase {

    private final TrustedProxies proxies;

    TrustedProxyValve(TrustedProxies proxies) {
        super(true);
        this.proxies = proxies;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String remoteAddress = request.getRemoteAddr();
        if (!proxies.trusted(remoteAddress)) {
            getNext().invoke(request, response);
            return;
        }
        String remoteHost = request.getRemoteHost();
        boolean secure = request.isSecure();
        String scheme = request.getCoyoteRequest().scheme().toString();
        String client = proxies.clientAddress(remoteAddress, request.getHeaders("X-Forwarded-For"));
        request.setRemoteAddr(client);
        request.setRemoteHost(client);
        if (proxies.forwardedHttps(remoteAddress, request.getHeader("X-Forwarded-Proto"))) {
            request.setSecure(true);
            request.getCoyoteRequest().scheme().setString("https");
        }
        try {
            getNext().invoke(request, response);
        } finally {
            request.setRemoteAddr(remoteAddress);
            request.setRemoteHost(remoteHost);
            request.setSecure(secure);
            request.getCoyoteRequest().scheme().setString(scheme);
        }
    }
}
