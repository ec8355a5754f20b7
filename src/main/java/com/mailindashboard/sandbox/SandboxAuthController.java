package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A1: the demo account's login. Only this process's secret password ({@link SandboxAccess}) logs in;
 * any other, such as {@value #WRONG_PASSWORD}, is refused like Mailin refuses wrong credentials.
 */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API)
class SandboxAuthController {

    /** The one password the sandbox refuses, to try failed logins. */
    static final String WRONG_PASSWORD = "wrong-password";

    private final SandboxState state;
    private final SandboxAccess access;

    SandboxAuthController(SandboxState state, SandboxAccess access) {
        this.state = state;
        this.access = access;
    }

    @PostMapping("/auth/login")
    ResponseEntity<Map<String, Object>> login(@RequestBody LoginRequest login) {
        SandboxRules.required("email", login.email());
        String password = SandboxRules.required("password", login.password());
        SandboxRules.required("device_name", login.deviceName());
        if (!access.accepts(password)) {
            throw SandboxProblem.invalid("The provided credentials are incorrect.");
        }
        return ResponseEntity.ok(ordered("user_id", state.account().id(), "token", state.issueToken()));
    }

    record LoginRequest(@JsonProperty("email") String email, @JsonProperty("password") String password,
                        @JsonProperty("device_name") String deviceName) {
    }
}
