package com.mailindashboard.secrets;

/** How a secret is shown in pages: never the value, only that there is one. */
public final class Masking {

    public static final String MASK = "••••••••";

    private Masking() {
    }
}
