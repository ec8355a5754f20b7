package com.mailindashboard.jobs;

/**
 * What a job follows. Each kind has a {@link JobTracker} that knows how to ask Mailin about it,
 * and says where its results and its operation can be seen (null when the dashboard has no page).
 */
public enum JobKind {
    DOMAIN_PURCHASE("/domains/", "/domains/operations/"),
    GOOGLE_DOMAIN_PURCHASE("/domains/", "/domains/operations/"),
    DOMAIN_TRANSFER("/domains/", "/domains/operations/"),
    GOOGLE_DOMAIN_TRANSFER("/domains/", "/domains/operations/"),
    /** Inboxkit reports its own list's ids, which are not domain page ids. */
    INBOXKIT_DOMAIN_TRANSFER(null, "/domains/operations/"),
    /** Mailbox creation is followed on its own progress page, by chunk. */
    MAILBOX_CREATION(null, null),
    GOOGLE_MAILBOX_CREATION(null, null),
    /** One address (V1, followed by V2); the operation page leads to the verification task. */
    VERIFICATION_SINGLE(null, "/verification/operations/"),
    /** A list (V4) or file (V3), followed by V5. */
    VERIFICATION_BULK(null, "/verification/operations/"),
    /** A Microsoft (Azure) order: its result is Mailin's order id, its operation page the placed order's. */
    AZURE_ORDER("/orders/", "/orders/operations/");

    private final String resultPath;
    private final String operationPath;

    JobKind(String resultPath, String operationPath) {
        this.resultPath = resultPath;
        this.operationPath = operationPath;
    }

    /** The page of one result id, e.g. {@code /domains/} + id; null when results have no page. */
    public String resultPath() {
        return resultPath;
    }

    /** The page of the job's operation, {@code operationPath() + id}; null when there is none. */
    public String operationPath() {
        return operationPath;
    }
}
