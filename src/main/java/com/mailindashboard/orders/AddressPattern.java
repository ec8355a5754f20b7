package com.mailindashboard.orders;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the mailbox builder turns a person into an address: {@code first.last}, {@code first},
 * {@code f.last}, ... Names are reduced to ASCII letters (accents dropped); a person with one name
 * only gets the patterns that need no last name.
 */
public enum AddressPattern {
    FIRST_DOT_LAST("first.last"),
    FIRST("first"),
    F_DOT_LAST("f.last"),
    FLAST("flast"),
    FIRST_L("firstl"),
    FIRSTLAST("firstlast"),
    FIRST_UNDERSCORE_LAST("first_last"),
    FIRST_DASH_LAST("first-last"),
    LAST_DOT_FIRST("last.first"),
    LAST("last");

    private final String example;

    AddressPattern(String example) {
        this.example = example;
    }

    public String example() {
        return example;
    }

    /** The local part for this person, or null when the pattern needs a name part the person lacks. */
    String localPart(String fullName) {
        String[] words = Normalizer.normalize(fullName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z\\s]", "").strip().split("\\s+");
        String first = words[0];
        StringBuilder lastWords = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            lastWords.append(words[i]);
        }
        String last = lastWords.toString();
        if (first.isEmpty()) {
            return null;
        }
        boolean needsLast = this != FIRST;
        if (needsLast && last.isEmpty()) {
            return null;
        }
        String f = first.substring(0, 1);
        return switch (this) {
            case FIRST_DOT_LAST -> first + "." + last;
            case FIRST -> first;
            case F_DOT_LAST -> f + "." + last;
            case FLAST -> f + last;
            case FIRST_L -> first + last.charAt(0);
            case FIRSTLAST -> first + last;
            case FIRST_UNDERSCORE_LAST -> first + "_" + last;
            case FIRST_DASH_LAST -> first + "-" + last;
            case LAST_DOT_FIRST -> last + "." + first;
            case LAST -> last;
        };
    }
}
