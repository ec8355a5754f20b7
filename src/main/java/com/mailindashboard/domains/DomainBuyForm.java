package com.mailindashboard.domains;

import java.util.List;

/**
 * The buy form as posted: the provider, the names typed in the textarea, and names posted one per
 * field ({@code selected}: ticked on the availability page, carried back from the preview, or the
 * rest of a refused purchase), which are put into the textarea.
 */
record DomainBuyForm(DomainProvider provider, String names, List<String> selected) {

    /** The textarea's text with the selected names added, one per line. */
    String text() {
        return DomainBuyForm.merge(names, selected == null ? List.of() : selected);
    }

    static String merge(String text, List<String> more) {
        StringBuilder merged = new StringBuilder(text == null ? "" : text.strip());
        for (String name : more) {
            if (name != null && !name.isBlank()) {
                merged.append(merged.isEmpty() ? "" : "\n").append(name.strip());
            }
        }
        return merged.toString();
    }
}
