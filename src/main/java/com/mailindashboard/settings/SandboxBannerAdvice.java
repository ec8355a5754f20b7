package com.mailindashboard.settings;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows whether the sandbox is active, for the layout's permanent banner. */
@ControllerAdvice
class SandboxBannerAdvice {

    private final MailinConnectionService connections;

    SandboxBannerAdvice(MailinConnectionService connections) {
        this.connections = connections;
    }

    @ModelAttribute("mailinSandbox")
    boolean mailinSandbox() {
        return connections.sandboxActive();
    }
}
