package com.mailindashboard.sandbox;

/**
 * Where the sandbox answers: Mailin's own paths below {@code /sandbox}. The one definition of the
 * sandbox's path: the settings (its base URL), security (its own filter chain) and the page filters
 * (which leave it out) read it from here.
 */
public final class SandboxPaths {

    /** Everything the sandbox serves lives below this prefix (the gateway's base URL for it). */
    public static final String ROOT = "/sandbox";

    /** Every path the sandbox serves, as a request pattern. */
    public static final String ALL = ROOT + "/**";

    /** Mailin's {@code {base}/api/v1}. */
    static final String API = ROOT + "/api/v1";

    /** Mailin's {@code {base}/api/v1/public}. */
    static final String PUBLIC_API = API + "/public";

    /** Mailin's file storage (V8's result links): read without a bearer token, like a public link. */
    static final String STORAGE = ROOT + "/storage/tmp";

    /** The one call that needs no bearer token. */
    static final String LOGIN = PUBLIC_API + "/auth/login";

    private SandboxPaths() {
    }
}
