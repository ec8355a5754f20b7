package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** V7: the verification credits shown on the overview (the other verification rows come with their issue). */
@RestController
@RequestMapping(SandboxPaths.PUBLIC_API)
class SandboxVerificationController {

    static final int DEMO_CREDITS = 12_500;

    @GetMapping("/get-credits")
    ResponseEntity<Map<String, Object>> credits() {
        return ResponseEntity.ok(ordered("total_credits", DEMO_CREDITS));
    }
}
