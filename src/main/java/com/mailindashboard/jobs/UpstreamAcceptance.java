package com.mailindashboard.jobs;

/** Mailin's answer to an accepted submission: status, message and the job reference to follow (may be null). */
public record UpstreamAcceptance(int status, String message, String jobReference) {
}
