package com.mailindashboard.gateway;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * One email's verification: V1's answer (with {@code message}) and V2's. V1 spells the credits
 * {@code credit_used}, V2 {@code credits_used}; both land in {@link #creditsUsed()}. {@code result}
 * and {@code score} are null while the email is still being verified.
 */
public record VerificationSingleResult(String message, String taskId, String email, String status, Integer score,
                                       String result, @JsonAlias("credit_used") Integer creditsUsed) {

    public boolean done() {
        return UpstreamJobStatus.done(status);
    }

    public boolean failed() {
        return UpstreamJobStatus.failed(status);
    }
}
