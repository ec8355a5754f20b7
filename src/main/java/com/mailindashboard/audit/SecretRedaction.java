package com.mailindashboard.audit;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Turns a request's fields into an audit summary with every secret-looking field redacted. */
final class SecretRedaction {

    private static final Pattern SECRET_KEY =
            Pattern.compile(".*(password|token|secret|api_?key|apikey|credential|totp).*");
    public static final String REDACTED = "[redacted]";

    private SecretRedaction() {
    }

    public static boolean isSecretField(String name) {
        return name != null && SECRET_KEY.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    public static String summarize(Map<String, ?> fields) {
        StringJoiner joiner = new StringJoiner(", ");
        fields.forEach((name, value) -> joiner.add(name + "=" + (isSecretField(name) ? REDACTED : value)));
        return joiner.toString();
    }
}
