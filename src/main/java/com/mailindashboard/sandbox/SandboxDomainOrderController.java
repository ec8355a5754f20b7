package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Domains coming in: availability (D5), purchases (D6, D8, G2, G3) and their jobs (D10), transfers (D1, D9, G4). */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API + "/domains")
class SandboxDomainOrderController {

    static final String TRANSFER_STARTED = "Your request has been received and the transfer process has been started.";

    private final SandboxDomainOrders orders;

    SandboxDomainOrderController(SandboxDomainOrders orders) {
        this.orders = orders;
    }

    /** 200 when available, 404 when not: an answer, not an error. */
    @GetMapping("/check/domain-availability")
    ResponseEntity<Map<String, Object>> availability(
            @RequestParam(name = "domain_name", required = false) String domainName) {
        return orders.available(domainName)
                ? ResponseEntity.ok(ordered("available", true, "message", "Domain is available"))
                : ResponseEntity.status(404).body(ordered("available", false, "message", "Domain is unavailable"));
    }

    @PostMapping("/buy")
    ResponseEntity<Map<String, Object>> buy(@RequestBody DomainNameRequest body) {
        return SandboxBodies.jobAccepted(orders.buy(SandboxProvider.SMTP, body.domainName()));
    }

    @PostMapping("/buy/google")
    ResponseEntity<Map<String, Object>> buyGoogle(@RequestBody DomainNameRequest body) {
        return SandboxBodies.jobAccepted(orders.buy(SandboxProvider.GOOGLE, body.domainName()));
    }

    @PostMapping("/buy-multiple")
    ResponseEntity<Map<String, Object>> buyMultiple(@RequestBody DomainNamesRequest body) {
        return SandboxBodies.jobAccepted(orders.buyAll(SandboxProvider.SMTP, body.domainNames()));
    }

    @PostMapping("/buy-multiple/google")
    ResponseEntity<Map<String, Object>> buyMultipleGoogle(@RequestBody DomainNamesRequest body) {
        return SandboxBodies.jobAccepted(orders.buyAll(SandboxProvider.GOOGLE, body.domainNames()));
    }

    @GetMapping("/status/{uuid}")
    ResponseEntity<Map<String, Object>> status(@PathVariable("uuid") String uuid) {
        return orders.status(uuid).map(ResponseEntity::ok)
                .orElseThrow(() -> SandboxProblem.notFound("Domain not found."));
    }

    @PostMapping("/transfer")
    ResponseEntity<Map<String, Object>> transfer(@RequestBody DomainNameRequest body) {
        return transferStarted(orders.transfer(SandboxProvider.SMTP, body.domainName()));
    }

    @PostMapping("/transfer/google")
    ResponseEntity<Map<String, Object>> transferGoogle(@RequestBody DomainNameRequest body) {
        return transferStarted(orders.transfer(SandboxProvider.GOOGLE, body.domainName()));
    }

    /** 210 with the new domain's id as a string, as the vendor documents it. */
    @PostMapping("/transfer/inboxkit")
    ResponseEntity<Map<String, Object>> transferInboxkit(@RequestBody InboxkitTransferRequest body) {
        long id = orders.transferInboxkit(body.domainName(), body.uid());
        return ResponseEntity.status(SandboxBodies.ACCEPTED)
                .body(ordered("message", TRANSFER_STARTED, "domain_id", String.valueOf(id)));
    }

    private static ResponseEntity<Map<String, Object>> transferStarted(List<String> nameServers) {
        return ResponseEntity.status(SandboxBodies.ACCEPTED)
                .body(ordered("message", TRANSFER_STARTED, "name_servers", nameServers));
    }

    record DomainNameRequest(@JsonProperty("domain_name") String domainName) {
    }

    record DomainNamesRequest(@JsonProperty("domain_names") List<String> domainNames) {
    }

    record InboxkitTransferRequest(@JsonProperty("domain_name") String domainName, @JsonProperty("uid") String uid) {
    }
}
