package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inbox providers (P1-P4) and domain registrars (R1-R4), at the vendor's slightly different paths. */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API)
class SandboxIntegrationController {

    private final SandboxIntegrationService integrations;

    SandboxIntegrationController(SandboxIntegrationService integrations) {
        this.integrations = integrations;
    }

    @PostMapping("/inbox-providers/add")
    ResponseEntity<Map<String, Object>> addInboxProvider(@RequestBody Map<String, Object> body) {
        return added(SandboxIntegrationKind.INBOX_PROVIDER, body);
    }

    @GetMapping("/inbox-providers")
    ResponseEntity<Map<String, Object>> inboxProviders(SandboxPageQuery query, HttpServletRequest request) {
        return listed(SandboxIntegrationKind.INBOX_PROVIDER, query, request);
    }

    @PutMapping("/inbox-providers/update/{id}")
    ResponseEntity<Map<String, Object>> updateInboxProvider(@PathVariable("id") long id,
                                                            @RequestBody Map<String, Object> body) {
        return updated(SandboxIntegrationKind.INBOX_PROVIDER, id, body);
    }

    @DeleteMapping("/inbox-providers/delete/{id}")
    ResponseEntity<Map<String, Object>> deleteInboxProvider(@PathVariable("id") long id) {
        return deleted(SandboxIntegrationKind.INBOX_PROVIDER, id);
    }

    @PostMapping("/domain-registrars/add")
    ResponseEntity<Map<String, Object>> addRegistrar(@RequestBody Map<String, Object> body) {
        return added(SandboxIntegrationKind.REGISTRAR, body);
    }

    @GetMapping("/domain-registrars")
    ResponseEntity<Map<String, Object>> registrars(SandboxPageQuery query, HttpServletRequest request) {
        return listed(SandboxIntegrationKind.REGISTRAR, query, request);
    }

    @PutMapping("/domain-registrars/update/{id}")
    ResponseEntity<Map<String, Object>> updateRegistrar(@PathVariable("id") long id,
                                                        @RequestBody Map<String, Object> body) {
        return updated(SandboxIntegrationKind.REGISTRAR, id, body);
    }

    @DeleteMapping("/domain-registrars/{id}")
    ResponseEntity<Map<String, Object>> deleteRegistrar(@PathVariable("id") long id) {
        return deleted(SandboxIntegrationKind.REGISTRAR, id);
    }

    /** 201 {@code {message, provider_id}} for providers, {@code {message, id}} for registrars. */
    private ResponseEntity<Map<String, Object>> added(SandboxIntegrationKind kind, Map<String, Object> body) {
        long id = integrations.add(kind, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(ordered("message", kind.created, kind.createdIdKey, id));
    }

    private ResponseEntity<Map<String, Object>> listed(SandboxIntegrationKind kind, SandboxPageQuery query,
                                                       HttpServletRequest request) {
        return ResponseEntity.ok(integrations.list(kind, query, request.getRequestURL().toString()));
    }

    private ResponseEntity<Map<String, Object>> updated(SandboxIntegrationKind kind, long id,
                                                        Map<String, Object> body) {
        integrations.update(kind, id, body);
        return SandboxBodies.ok(kind.updated);
    }

    private ResponseEntity<Map<String, Object>> deleted(SandboxIntegrationKind kind, long id) {
        integrations.delete(kind, id);
        return SandboxBodies.ok(kind.deleted);
    }
}
