package com.mailindashboard.sandbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the bearer-token check in front of everything below {@code /sandbox} except the login. */
@Configuration(proxyBeanMethods = false)
class SandboxWebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<SandboxState> state;

    SandboxWebConfiguration(ObjectProvider<SandboxState> state) {
        this.state = state;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SandboxAuthInterceptor(state))
                .addPathPatterns(SandboxPaths.ROOT + "/**")
                .excludePathPatterns(SandboxPaths.LOGIN, SandboxPaths.STORAGE + "/**");
    }
}
