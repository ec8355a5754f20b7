package com.mailindashboard.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a service says to a person, as a message key with its arguments: pages resolve it in the
 * reader's language ({@code ${@text.of(...)}}), services never take a {@code Locale}. An argument
 * may itself be a text; it is resolved too.
 */
public final class Text {

    private Text() {
    }

    public static MessageSourceResolvable of(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args.length == 0 ? null : args, key);
    }

    /** Words that are not ours (Mailin's own message), shown as they are. */
    public static MessageSourceResolvable plain(String words) {
        return new DefaultMessageSourceResolvable(null, null, words);
    }
}
