package com.mailindashboard.sandbox;

/** Where the sandbox answers: Mailin's own paths below {@code /sandbox}. */
final class SandboxPaths {

    /** Everything the sandbox serves lives below this prefix. */
    static final String ROOT = "/sandbox";

    /** Mailin's {@code {base}/api/v1/public}. */
    static final String PUBLIC_API = ROOT + "/api/v1/public";

    /** Mailin's file storage (V8's result links): read without a bearer token, like a public link. */
    static final String STORAGE = ROOT + "/storage/tmp";

    /** The one call that needs no bearer token. */
    static final String LOGIN = PUBLIC_API + "/auth/login";

    private SandboxPaths() {
    }
}
