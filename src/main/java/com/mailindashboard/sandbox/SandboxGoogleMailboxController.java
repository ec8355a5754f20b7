package com.mailindashboard.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What only Google mailboxes offer: G10 (TOTP), G11 (credentials), G12/G13 (signature), G14-G16 (forwarding). */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API + "/mailboxes/{mailbox_id}")
class SandboxGoogleMailboxController {

    private final SandboxGoogleMailboxService google;

    SandboxGoogleMailboxController(SandboxGoogleMailboxService google) {
        this.google = google;
    }

    @PostMapping("/generate-totp")
    ResponseEntity<Map<String, Object>> generateTotp(@PathVariable("mailbox_id") long id) {
        return ResponseEntity.ok(google.generateTotp(id));
    }

    @GetMapping("/show-credentials")
    ResponseEntity<Map<String, Object>> credentials(@PathVariable("mailbox_id") long id) {
        return ResponseEntity.ok(google.credentials(id));
    }

    @PostMapping("/add-signature")
    ResponseEntity<Map<String, Object>> addSignature(@PathVariable("mailbox_id") long id,
                                                     @RequestBody SignatureRequest body) {
        google.addSignature(id, body.signature());
        return SandboxBodies.ok("Signatures processed successfully");
    }

    @DeleteMapping("/delete-signature")
    ResponseEntity<Map<String, Object>> deleteSignature(@PathVariable("mailbox_id") long id) {
        google.deleteSignature(id);
        return SandboxBodies.ok("Signatures removed successfully");
    }

    /** The vendor's messages spell "Forwardng"; so do these. */
    @PostMapping("/forwarding/setup")
    ResponseEntity<Map<String, Object>> setUpForwarding(@PathVariable("mailbox_id") long id,
                                                        @RequestBody ForwardingRequest body) {
        google.setUpForwarding(id, body.forwardingEmail());
        return SandboxBodies.ok("Forwardng processed successfully");
    }

    @PostMapping("/forwarding/update")
    ResponseEntity<Map<String, Object>> updateForwarding(@PathVariable("mailbox_id") long id,
                                                         @RequestBody ForwardingRequest body) {
        google.updateForwarding(id, body.forwardingEmail());
        return SandboxBodies.ok("Forwardng update processed successfully");
    }

    @PostMapping("/google/forwarding")
    ResponseEntity<Map<String, Object>> removeForwarding(@PathVariable("mailbox_id") long id) {
        google.removeForwarding(id);
        return SandboxBodies.ok("Forwardng remove processed successfully");
    }

    record SignatureRequest(@JsonProperty("signature") String signature) {
    }

    record ForwardingRequest(@JsonProperty("forwarding_email") String forwardingEmail) {
    }
}
