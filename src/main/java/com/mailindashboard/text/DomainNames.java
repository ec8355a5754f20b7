package com.mailindashboard.text;

import java.util.regex.Pattern;

/** The one definition of a well-formed domain name (the sandbox, standing alone, imitates Mailin's own). */
public final class DomainNames {

    /**
     * A domain name in lower case: dot-separated labels of letters, digits and inner hyphens (1 to 63
     * characters each) ending in a top-level domain of 2 to 63 letters, 4 to 253 characters in all. Forms
     * that accept any case use it with {@code flags = Pattern.Flag.CASE_INSENSITIVE}.
     */
    public static final String PATTERN = "^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";

    private static final Pattern NAME = Pattern.compile(PATTERN);

    private DomainNames() {
    }

    /** Whether {@code name} (already in lower case) is a well-formed domain name. */
    public static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
