package com.mailindashboard.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account's domains: lists (D2, D3, G1), one domain (D4, D12), deletion (D11), subdomains (D7)
 * and forwarding (D13-D15).
 */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API + "/domains")
class SandboxDomainController {

    private final SandboxDomainService domains;

    SandboxDomainController(SandboxDomainService domains) {
        this.domains = domains;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> list(SandboxPageQuery query, HttpServletRequest request) {
        return ResponseEntity.ok(domains.list(SandboxProvider.SMTP, query, request.getRequestURL().toString()));
    }

    @GetMapping("/list/google")
    ResponseEntity<Map<String, Object>> listGoogle(SandboxPageQuery query, HttpServletRequest request) {
        return ResponseEntity.ok(domains.list(SandboxProvider.GOOGLE, query, request.getRequestURL().toString()));
    }

    @GetMapping("/get/inboxkit-domains")
    ResponseEntity<Map<String, Object>> listInboxkit(SandboxPageQuery query, HttpServletRequest request) {
        return ResponseEntity.ok(domains.inboxkitList(query, request.getRequestURL().toString()));
    }

    @GetMapping("/{domain_id}")
    ResponseEntity<Map<String, Object>> domain(@PathVariable("domain_id") long id) {
        return ResponseEntity.ok(domains.detail(id));
    }

    @GetMapping("/{domain_id}/rate-limit")
    ResponseEntity<Map<String, Object>> rateLimit(@PathVariable("domain_id") long id) {
        return ResponseEntity.ok(domains.rateLimit(id));
    }

    @DeleteMapping("/{domain_id}")
    ResponseEntity<Map<String, Object>> delete(@PathVariable("domain_id") long id) {
        domains.delete(id);
        return SandboxBodies.ok("Domain and related mailboxes has been removed.");
    }

    @PostMapping("/add/subdomain")
    ResponseEntity<Map<String, Object>> addSubdomain(@RequestBody SubdomainRequest body) {
        domains.addSubdomain(body.subdomain(), body.domain());
        return ResponseEntity.status(HttpStatus.CREATED).body(SandboxBodies.message(SandboxBodies.REQUEST_RECEIVED));
    }

    @PostMapping("/forward")
    ResponseEntity<Map<String, Object>> forward(@RequestBody ForwardRequest body) {
        domains.forward(body.domainId(), body.forwardTo());
        return SandboxBodies.ok("Domain forwarding has been successfully updated.");
    }

    @PostMapping("/remove/forward")
    ResponseEntity<Map<String, Object>> removeForward(@RequestBody ForwardRequest body) {
        domains.removeForward(body.domainId());
        return SandboxBodies.ok("Domain forwarding has been successfully removed.");
    }

    @PostMapping("/email/forward")
    ResponseEntity<Map<String, Object>> forwardEmail(@RequestBody ForwardRequest body) {
        domains.forwardEmail(body.domainId(), body.forwardTo());
        return SandboxBodies.ok("Email forwarding has been successfully updated.");
    }

    record SubdomainRequest(@JsonProperty("subdomain") String subdomain, @JsonProperty("domain") String domain) {
    }

    /** D13-D15: {@code forward_to} is a domain (D13), an email address (D15) or absent (D14). */
    record ForwardRequest(@JsonProperty("domain_id") Long domainId, @JsonProperty("forward_to") String forwardTo) {
    }
}
