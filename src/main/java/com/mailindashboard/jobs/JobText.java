package com.mailindashboard.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.springframework.context.MessageSource;

/**
 * What the dashboard itself says about a job (reports, timeline steps, chunk reasons), stored as a
 * message key with its arguments so pages show it from {@code messages.properties} in the reader's
 * language. Mailin's own words are stored as they came and shown as they are.
 */
public final class JobText {

    private static final char KEY = '\u0001';
    private static final char PART = '\u0002';

    private JobText() {
    }

    /** A stored text for {@code key} with its arguments (shown as text). */
    public static String of(String key, Object... args) {
        StringBuilder text = new StringBuilder().append(KEY).append(key);
        for (Object arg : args) {
            text.append(KEY).append(String.valueOf(arg).replace(KEY, ' ').replace(PART, ' '));
        }
        return text.toString();
    }

    /** Several texts shown one after the other (each a stored key or plain words). */
    public static String join(String... parts) {
        StringJoiner joined = new StringJoiner(String.valueOf(PART));
        Arrays.stream(parts).filter(part -> part != null && !part.isEmpty()).forEach(joined::add);
        return joined.toString();
    }

    /** The text in words: keys resolved in {@code locale}, plain words as they are. */
    public static String render(String stored, MessageSource messages, Locale locale) {
        if (stored == null || (stored.indexOf(KEY) < 0 && stored.indexOf(PART) < 0)) {
            return stored;
        }
        StringJoiner words = new StringJoiner(" ");
        for (String part : stored.split(String.valueOf(PART))) {
            if (part.isEmpty() || part.charAt(0) != KEY) {
                words.add(part);
                continue;
            }
            List<String> pieces = new ArrayList<>(Arrays.asList(part.substring(1).split(String.valueOf(KEY), -1)));
            String key = pieces.removeFirst();
            words.add(messages.getMessage(key, pieces.toArray(), key, locale));
        }
        return words.toString();
    }
}
