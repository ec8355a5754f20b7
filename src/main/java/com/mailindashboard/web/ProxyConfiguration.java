package com.mailindashboard.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Forwarded headers believed only from {@code DASHBOARD_TRUSTED_PROXIES}. */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    @Bean
    TrustedProxies trustedProxies(WebProperties properties) {
        return new TrustedProxies(properties.trustedProxies());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxyValve(TrustedProxies proxies) {
        return factory -> {
            if (!proxies.none()) {
                factory.addEngineValves(new TrustedProxyValve(proxies));
            }
        };
    }
}
