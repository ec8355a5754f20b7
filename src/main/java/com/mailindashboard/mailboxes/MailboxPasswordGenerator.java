package com.mailindashboard.mailboxes;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Strong random mailbox passwords, for browsers without JavaScript (app.js generates them in the
 * browser otherwise): 16 characters within Mailin's 8 to 24, with at least one lower-case letter,
 * upper-case letter, digit and symbol, and no look-alike characters.
 */
@Component
class MailboxPasswordGenerator {

    static final int LENGTH = 16;
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%+-=?@_";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

    private final SecureRandom random = new SecureRandom();

    String generate() {
        List<Character> characters = new ArrayList<>(LENGTH);
        for (String set : List.of(LOWER, UPPER, DIGITS, SYMBOLS)) {
            characters.add(pick(set));
        }
        while (characters.size() < LENGTH) {
            characters.add(pick(ALL));
        }
        Collections.shuffle(characters, random);
        StringBuilder password = new StringBuilder(LENGTH);
        characters.forEach(password::append);
        return password.toString();
    }

    private char pick(String set) {
        return set.charAt(random.nextInt(set.length()));
    }
}
