package com.mailindashboard.gateway;

/** V3/V4's answer (210): Mailin's message and the task to follow with V5. */
public record VerificationTaskStarted(String message, String taskId) {
}
