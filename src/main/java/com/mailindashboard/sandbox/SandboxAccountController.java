package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A2 (documentation), U1 (the user) and S1/S2 (servers). */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API)
class SandboxAccountController {

    private final SandboxState state;

    SandboxAccountController(SandboxState state) {
        this.state = state;
    }

    @GetMapping("/documentation")
    ResponseEntity<Map<String, Object>> documentation() {
        return ResponseEntity.ok(ordered("message", "Welcome to the Mailin.ai API (sandbox).", "version", "v1",
                "prefix", "/api/v1/public/"));
    }

    /** Only the token's own user is visible; any other id is "not found", as Mailin protects privacy. */
    @GetMapping("/users/{user_id}")
    ResponseEntity<SandboxAccount> user(@PathVariable("user_id") long userId,
                                        @RequestAttribute(SandboxAuthInterceptor.USER_ID) long caller) {
        if (userId != caller || userId != state.account().id()) {
            throw SandboxProblem.notFound("User not found.");
        }
        return ResponseEntity.ok(state.account());
    }

    @GetMapping("/servers")
    ResponseEntity<List<SandboxServer>> servers() {
        return ResponseEntity.ok(state.servers());
    }

    @GetMapping("/servers/{server_id}")
    ResponseEntity<SandboxServer> server(@PathVariable("server_id") long serverId) {
        return state.servers().stream().filter(server -> server.id() == serverId).findFirst()
                .map(ResponseEntity::ok)
                .orElseThrow(() -> SandboxProblem.notFound("Server not found."));
    }
}
