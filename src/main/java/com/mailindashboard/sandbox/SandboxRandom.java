package com.mailindashboard.sandbox;

import java.security.SecureRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Random tokens, passwords and codes for the sandbox's answers. */
final class SandboxRandom {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final String DIGITS = "0123456789";
    private static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";

    private SandboxRandom() {
    }

    static String alphanumeric(int length) {
        return of(ALPHANUMERIC, length);
    }

    static String digits(int length) {
        return of(DIGITS, length);
    }

    /** A TOTP secret as Google shows it: 32 lowercase base32 characters. */
    static String totpSecret() {
        return of(BASE32, 32);
    }

    /** A Google app password: four groups of four lowercase letters. */
    static String appPassword() {
        return IntStream.range(0, 4).mapToObj(i -> of(LOWERCASE, 4)).collect(Collectors.joining(" "));
    }

    private static String of(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
