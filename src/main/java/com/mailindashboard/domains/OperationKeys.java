package com.mailindashboard.domains;

import com.mailindashboard.jobs.OperationRequest;
import java.util.UUID;

/** Operation keys of confirm forms: a fresh UUID per rendered form, and nothing else is accepted. */
final class OperationKeys {

    private OperationKeys() {
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }

    static boolean valid(String key) {
        return OperationRequest.wellFormedKey(key);
    }
}
