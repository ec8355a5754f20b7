package com.mailindashboard.jobs;

import com.mailindashboard.text.Texts;
import java.util.List;

/** Lists the ledger keeps whole (names, results, refused names): refused rather than cut. */
final class WholeLists {

    private WholeLists() {
    }

    static String join(List<String> items) {
        String joined = Texts.join(items);
        if (joined != null && joined.length() > Job.MAX_LIST_CHARACTERS) {
            throw new IllegalArgumentException("A list of " + items.size() + " items is longer than "
                    + Job.MAX_LIST_CHARACTERS + " characters; split it");
        }
        return joined;
    }
}
