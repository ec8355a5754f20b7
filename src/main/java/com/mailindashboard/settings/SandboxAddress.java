package com.mailindashboard.settings;

import com.mailindashboard.sandbox.SandboxPaths;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The base URL of the in-process sandbox: this very server, over loopback HTTP. */
@Component
class SandboxAddress {

    private final Environment environment;

    SandboxAddress(Environment environment) {
        this.environment = environment;
    }

    String baseUrl() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String context = environment.getProperty("server.servlet.context-path", "");
        return "http://127.0.0.1:" + port + context + SandboxPaths.ROOT;
    }
}
