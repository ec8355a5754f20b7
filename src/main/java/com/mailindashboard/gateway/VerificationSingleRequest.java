package com.mailindashboard.gateway;

/** Body {@code {email, type}} of V1. */
record VerificationSingleRequest(String email, String type) {
}
