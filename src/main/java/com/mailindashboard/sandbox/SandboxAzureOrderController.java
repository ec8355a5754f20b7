package com.mailindashboard.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Microsoft (Azure) orders, Z1 to Z11; Z6 deletes with a GET and Z11 lives outside {@code /public}, as documented. */
@RestController
class SandboxAzureOrderController {

    private static final String ORDERS = SandboxPaths.PUBLIC_API + "/azure-orders";

    private final SandboxAzureOrders orders;

    SandboxAzureOrderController(SandboxAzureOrders orders) {
        this.orders = orders;
    }

    @PostMapping(ORDERS + "/add")
    ResponseEntity<Map<String, Object>> add(@RequestBody(required = false) Map<String, Object> body) {
        orders.add(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(SandboxBodies.message(SandboxAzureOrders.CREATED));
    }

    @GetMapping(ORDERS)
    ResponseEntity<Map<String, Object>> list(SandboxPageQuery query, HttpServletRequest request) {
        return ResponseEntity.ok(orders.list(query, request.getRequestURL().toString()));
    }

    @GetMapping(ORDERS + "/nameservers/{id}")
    ResponseEntity<Map<String, Object>> nameservers(@PathVariable("id") long id) {
        return ResponseEntity.ok(orders.nameservers(id));
    }

    @GetMapping(ORDERS + "/status/{id}")
    ResponseEntity<Map<String, Object>> status(@PathVariable("id") long id) {
        return ResponseEntity.ok(orders.status(id));
    }

    @GetMapping(ORDERS + "/get-mailboxes/{id}")
    ResponseEntity<Map<String, Object>> mailboxes(@PathVariable("id") long id) {
        return ResponseEntity.ok(orders.mailboxes(id));
    }

    @GetMapping(ORDERS + "/remove/{id}")
    ResponseEntity<Map<String, Object>> remove(@PathVariable("id") long id) {
        orders.remove(id);
        return SandboxBodies.ok("Order deleted successfully.");
    }

    @PostMapping(ORDERS + "/set-redirect-domain/{id}")
    ResponseEntity<Map<String, Object>> redirectDomain(@PathVariable("id") long id,
                                                       @RequestBody(required = false) Map<String, Object> body) {
        orders.setRedirectDomain(id, body);
        return SandboxBodies.ok("Master domain set successfully.");
    }

    @PostMapping(ORDERS + "/set-inbox-provider/{id}")
    ResponseEntity<Map<String, Object>> setProvider(@PathVariable("id") long id,
                                                    @RequestBody(required = false) Map<String, Object> body) {
        orders.setInboxProvider(id, body);
        return SandboxBodies.ok("Inbox Provider set successfully.");
    }

    @PostMapping(ORDERS + "/remove-inbox-provider/{id}")
    ResponseEntity<Map<String, Object>> removeProvider(@PathVariable("id") long id) {
        orders.removeInboxProvider(id);
        return SandboxBodies.ok("Inbox Provider removed successfully.");
    }

    @PostMapping(ORDERS + "/trigger-re-upload/{id}")
    ResponseEntity<Map<String, Object>> reUpload(@PathVariable("id") long id) {
        orders.reUpload(id);
        return SandboxBodies.ok("Reupload triggered successfully.");
    }

    @GetMapping(SandboxPaths.API + "/azure-orders/get-inbox-provider-status/{id}")
    ResponseEntity<Map<String, Object>> uploadStatus(@PathVariable("id") long id) {
        return ResponseEntity.ok(orders.uploadStatus(id));
    }
}
