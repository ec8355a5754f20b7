package com.mailindashboard.gateway;

/** V8's answer: the result file's URL, or only a message while the task is still running. */
public record VerificationDownload(String downloadUrl, String message) {

    public boolean ready() {
        return downloadUrl != null && !downloadUrl.isBlank();
    }
}
