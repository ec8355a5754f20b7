package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** V1-V8: email verification with credits (see {@link SandboxVerification}), and the result files' storage. */
@RestController
class SandboxVerificationController {

    private final SandboxVerification verification;

    SandboxVerificationController(SandboxVerification verification) {
        this.verification = verification;
    }

    @PostMapping(SandboxPaths.PUBLIC_API + "/verify-single-email")
    ResponseEntity<Map<String, Object>> verifySingle(@RequestBody SingleRequest body) {
        return ResponseEntity.status(SandboxBodies.ACCEPTED).body(verification.verifySingle(body.email(), body.type()));
    }

    @GetMapping(SandboxPaths.PUBLIC_API + "/get-single-email")
    ResponseEntity<Map<String, Object>> single(@RequestParam(name = "task_id", required = false) String taskId) {
        return ResponseEntity.ok(verification.single(taskId));
    }

    @PostMapping(path = SandboxPaths.PUBLIC_API + "/verify-bulk-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> verifyFile(@RequestPart(name = "file", required = false) MultipartFile file,
                                                   @RequestParam(name = "type", required = false) String type)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw SandboxProblem.invalidField("file", "The file field is required.");
        }
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(SandboxBodies.ACCEPTED)
                    .body(verification.verifyFile(in, file.getOriginalFilename(), file.getSize(), type));
        }
    }

    @PostMapping(path = SandboxPaths.PUBLIC_API + "/verify-bulk-emails", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> verifyList(@RequestParam(name = "emails", required = false) String emails,
                                                   @RequestParam(name = "type", required = false) String type) {
        return ResponseEntity.status(SandboxBodies.ACCEPTED).body(verification.verifyList(emails, type));
    }

    @GetMapping(SandboxPaths.PUBLIC_API + "/get-task-detail")
    ResponseEntity<Map<String, Object>> taskDetail(@RequestParam(name = "task_id", required = false) String taskId) {
        return ResponseEntity.ok(verification.taskDetail(taskId));
    }

    @GetMapping(SandboxPaths.PUBLIC_API + "/credit-history")
    ResponseEntity<Map<String, Object>> history(SandboxPageQuery query, HttpServletRequest request) {
        return ResponseEntity.ok(verification.history(query, request.getRequestURL().toString()));
    }

    @GetMapping(SandboxPaths.PUBLIC_API + "/get-credits")
    ResponseEntity<Map<String, Object>> credits() {
        return ResponseEntity.ok(ordered("total_credits", verification.balance()));
    }

    @PostMapping(path = SandboxPaths.PUBLIC_API + "/download-verified-emails", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> download(@RequestParam(name = "task_id", required = false) String taskId,
                                                 @RequestParam(name = "download_type", required = false) String type) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok(verification.download(taskId, type, base));
    }

    /** Mailin's storage: the result file behind a V8 link (the link's random name is its only key). */
    @GetMapping(SandboxPaths.STORAGE + "/{name}")
    ResponseEntity<String> resultFile(@PathVariable String name) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv")).body(verification.resultFile(name));
    }

    record SingleRequest(String email, String type) {
    }
}
