package com.mailindashboard.team;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.BruteForceMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.SeparatorMatch;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Team passwords: at least 12 characters, at most 72 bytes in UTF-8 (what bcrypt reads), and not
 * guessable: not mostly spaces, not one or two characters repeated, not a common password, and
 * strong enough for the nbvcxz estimator (zxcvbn's dictionaries of common passwords, words, names,
 * keyboard patterns, sequences and dates). A refusal says which of these it is. Temporary passwords
 * are random and shown once.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes (Spring Security refuses longer ones outright). */
    static final int MAX_BYTES = 72;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Loading the dictionaries takes a moment: once, on first use. */
    private static final class Estimator {
        static final Nbvcxz INSTANCE = new Nbvcxz();
    }

    private PasswordPolicy() {
    }

    /**
     * Why a password is refused: a message key of messages.properties and its argument (the
     * guessable parts, or the byte count), or empty when it is acceptable.
     */
    record Problem(String messageKey, Object argument) {
    }

    static Optional<Problem> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of(new Problem("password.new.required", null));
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of(new Problem("password.too-long", bytes));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Problem("password.too-short", null));
        }
        long spaces = password.codePoints().filter(Character::isWhitespace).count();
        if (spaces * 2 >= length) {
            return Optional.of(new Problem("password.weak.whitespace", null));
        }
        long distinct = password.codePoints().map(Character::toLowerCase).filter(c -> !Character.isWhitespace(c))
                .distinct().count();
        if (distinct <= 2) {
            return Optional.of(new Problem("password.weak.repeated", null));
        }
        Result result = Estimator.INSTANCE.estimate(password);
        List<Match> matches = result.getMatches();
        if (matches.size() == 1 && matches.get(0) instanceof DictionaryMatch whole
                && "passwords".equals(whole.getDictionaryName())) {
            return Optional.of(new Problem("password.weak.common", null));
        }
        if (!result.isMinimumEntropyMet()) {
            Set<String> parts = new LinkedHashSet<>();
            for (Match match : matches) {
                if (!(match instanceof BruteForceMatch) && !(match instanceof SeparatorMatch)
                        && !match.getToken().isBlank()) {
                    parts.add("\u201c" + match.getToken().strip() + "\u201d");
                }
            }
            return Optional.of(parts.isEmpty() ? new Problem("password.weak.short-random", null)
                    : new Problem("password.weak.guessable", String.join(", ", parts)));
        }
        return Optional.empty();
    }

    static boolean acceptable(String password) {
        return problem(password).isEmpty();
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
