package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A1: any non-blank credentials log in to the demo account, except the password {@value #WRONG_PASSWORD}. */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API)
class SandboxAuthController {

    /** The one password the sandbox refuses, to try failed logins. */
    static final String WRONG_PASSWORD = "wrong-password";

    private final SandboxState state;

    SandboxAuthController(SandboxState state) {
        this.state = state;
    }

    @PostMapping("/auth/login")
    ResponseEntity<Map<String, Object>> login(@RequestBody LoginRequest login) {
        SandboxRules.required("email", login.email());
        String password = SandboxRules.required("password", login.password());
        SandboxRules.required("device_name", login.deviceName());
        if (WRONG_PASSWORD.equals(password)) {
            throw SandboxProblem.invalid("The provided credentials are incorrect.");
        }
        return ResponseEntity.ok(ordered("user_id", state.account().id(), "token", state.issueToken()));
    }

    record LoginRequest(@JsonProperty("email") String email, @JsonProperty("password") String password,
                        @JsonProperty("device_name") String deviceName) {
    }
}
