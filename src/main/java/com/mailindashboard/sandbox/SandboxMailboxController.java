package com.mailindashboard.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SMTP and Google mailboxes alike: M1-M8 and G5-G9. */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API + "/mailboxes")
class SandboxMailboxController {

    private final SandboxMailboxService mailboxes;

    SandboxMailboxController(SandboxMailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> list(SandboxPageQuery query, HttpServletRequest request) {
        return ResponseEntity.ok(mailboxes.list(SandboxProvider.SMTP, query, request.getRequestURL().toString()));
    }

    @GetMapping("/list/google")
    ResponseEntity<Map<String, Object>> listGoogle(SandboxPageQuery query, HttpServletRequest request) {
        return ResponseEntity.ok(mailboxes.list(SandboxProvider.GOOGLE, query, request.getRequestURL().toString()));
    }

    @GetMapping("/{mailbox_id}")
    ResponseEntity<Map<String, Object>> mailbox(@PathVariable("mailbox_id") long id) {
        return ResponseEntity.ok(mailboxes.detail(id));
    }

    @GetMapping("/{mailbox_id}/rate-limit")
    ResponseEntity<Map<String, Object>> rateLimit(@PathVariable("mailbox_id") long id) {
        return ResponseEntity.ok(mailboxes.rateLimit(id));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody MailboxesRequest<SmtpMailboxInput> body) {
        List<SmtpMailboxInput> inputs = SandboxRules.requiredList("mailboxes", body.mailboxes());
        return SandboxBodies.jobAccepted(mailboxes.create(IntStream.range(0, inputs.size())
                .mapToObj(i -> SmtpMailboxInput.draft(i, inputs.get(i))).toList()));
    }

    @PostMapping("/add/google")
    ResponseEntity<Map<String, Object>> createGoogle(@RequestBody MailboxesRequest<GoogleMailboxInput> body) {
        List<GoogleMailboxInput> inputs = SandboxRules.requiredList("mailboxes", body.mailboxes());
        return SandboxBodies.jobAccepted(mailboxes.create(IntStream.range(0, inputs.size())
                .mapToObj(i -> GoogleMailboxInput.draft(i, inputs.get(i))).toList()));
    }

    @GetMapping("/status/{uuid}")
    ResponseEntity<Map<String, Object>> status(@PathVariable("uuid") String uuid) {
        return mailboxes.status(uuid).map(ResponseEntity::ok)
                .orElseThrow(() -> SandboxProblem.notFound("Mailbox not found."));
    }

    /** Answers with the PHP array the vendor documents, not JSON. */
    @PostMapping("/{mailbox_id}/name")
    ResponseEntity<String> rename(@PathVariable("mailbox_id") long id, @RequestBody NameRequest body) {
        mailboxes.rename(id, body.name());
        return SandboxBodies.phpMessage("Mailbox name has been updated.");
    }

    /** Answers with the PHP array the vendor documents, not JSON. */
    @PostMapping("/{mailbox_id}/password")
    ResponseEntity<String> changePassword(@PathVariable("mailbox_id") long id, @RequestBody PasswordRequest body) {
        mailboxes.changePassword(id, body.password());
        return SandboxBodies.phpMessage("Mailbox password has been updated.");
    }

    @DeleteMapping("/{mailbox_id}")
    ResponseEntity<Map<String, Object>> delete(@PathVariable("mailbox_id") long id) {
        mailboxes.delete(id);
        return SandboxBodies.ok("Mailbox removed.");
    }

    record MailboxesRequest<I>(@JsonProperty("mailboxes") List<I> mailboxes) {
    }

    record SmtpMailboxInput(@JsonProperty("username") String username, @JsonProperty("name") String name,
                            @JsonProperty("password") String password) {

        static MailboxDraft draft(int index, SmtpMailboxInput input) {
            return input == null ? MailboxDraft.smtp(index, null, null, null)
                    : MailboxDraft.smtp(index, input.username(), input.name(), input.password());
        }
    }

    record GoogleMailboxInput(@JsonProperty("username") String username,
                              @JsonProperty("first_name") String firstName,
                              @JsonProperty("last_name") String lastName) {

        static MailboxDraft draft(int index, GoogleMailboxInput input) {
            return input == null ? MailboxDraft.google(index, null, null, null)
                    : MailboxDraft.google(index, input.username(), input.firstName(), input.lastName());
        }
    }

    record NameRequest(@JsonProperty("name") String name) {
    }

    record PasswordRequest(@JsonProperty("password") String password) {
    }
}
