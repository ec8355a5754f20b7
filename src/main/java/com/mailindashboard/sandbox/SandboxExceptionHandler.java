package com.mailindashboard.sandbox;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers the sandbox's refusals the way Mailin (a Laravel app) does. Applies to sandbox controllers only. */
@RestControllerAdvice(basePackageClasses = SandboxExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SandboxExceptionHandler {

    @ExceptionHandler(SandboxProblem.class)
    ResponseEntity<Map<String, Object>> problem(SandboxProblem problem) {
        return ResponseEntity.status(problem.status()).body(problem.body());
    }

    /** A body that is not JSON, or JSON of the wrong shape: Laravel's validation answer. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(422).body(SandboxBodies.message("The given data was invalid."));
    }

    /** A path id that is not a number finds nothing, as with Laravel's route model binding. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.status(404).body(SandboxBodies.message("Not found."));
    }
}
