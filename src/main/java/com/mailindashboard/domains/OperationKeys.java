package com.mailindashboard.domains;

import java.util.UUID;

/** Operation keys of confirm forms: a fresh UUID per rendered form, and nothing else is accepted. */
final class OperationKeys {

    private OperationKeys() {
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }

    static boolean valid(String key) {
        if (key == null || key.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(key).toString().equalsIgnoreCase(key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
