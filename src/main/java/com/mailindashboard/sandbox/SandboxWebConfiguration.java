package com.mailindashboard.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * In front of everything below {@code /sandbox}: the switch (off means 404), then the bearer-token
 * check (except for the login).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxWebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<SandboxState> state;
    private final ObjectProvider<SandboxAccess> access;

    SandboxWebConfiguration(ObjectProvider<SandboxState> state, ObjectProvider<SandboxAccess> access) {
        this.state = state;
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // while the sandbox is off, it does not exist: 404 for every address, the login included
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                SandboxAccess current = access.getIfAvailable();
                if (current == null || current.open()) {
                    return true;
                }
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"message\":\"Not Found\"}");
                return false;
            }
        }).addPathPatterns(SandboxPaths.ALL);
        registry.addInterceptor(new SandboxAuthInterceptor(state))
                .addPathPatterns(SandboxPaths.ALL)
                .excludePathPatterns(SandboxPaths.LOGIN, SandboxPaths.STORAGE + "/**");
    }
}
