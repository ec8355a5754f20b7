package com.mailindashboard.verification;

/**
 * Whether a text is an e-mail address worth a credit: one {@code @}, a local part of 1 to 64
 * characters from RFC 5322's unquoted set with no leading, trailing or doubled dot, and a domain of
 * at least two DNS labels (letters, digits, inner hyphens) ending in a top-level domain that is not
 * all digits; 254 characters at most. Quoted local parts, IP-literal domains and non-ASCII
 * addresses are refused: Mailin's checks (and most mail servers) do not take them.
 */
final class EmailSyntax {

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

    private EmailSyntax() {
    }

    static boolean valid(String text) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        if (length < 6 || length > 254) {
            return false;
        }
        int at = text.indexOf('@');
        if (at < 1 || at > 64 || at != text.lastIndexOf('@')) {
            return false;
        }
        return validLocal(text, at) && validDomain(text, at + 1, length);
    }

    private static boolean validLocal(String text, int end) {
        if (text.charAt(0) == '.' || text.charAt(end - 1) == '.') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!(isAlphanumeric(c) || LOCAL_SPECIALS.indexOf(c) >= 0) || (c == '.' && previous == '.')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean validDomain(String text, int start, int end) {
        if (end - start > 253) {
            return false;
        }
        int labels = 0;
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (!validLabel(text, labelStart, i)) {
                    return false;
                }
                labels++;
                if (i == end) {
                    return labels >= 2 && validTld(text, labelStart, i);
                }
                labelStart = i + 1;
            } else if (!isAlphanumeric(text.charAt(i)) && text.charAt(i) != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean validLabel(String text, int start, int end) {
        int length = end - start;
        return length >= 1 && length <= 63 && text.charAt(start) != '-' && text.charAt(end - 1) != '-';
    }

    private static boolean validTld(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
