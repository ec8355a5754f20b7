package com.mailindashboard.team;

import java.security.SecureRandom;

/** Team passwords: at least 12 characters. Temporary ones are random and shown once. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && !password.isBlank();
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
