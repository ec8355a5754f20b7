package com.mailindashboard.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Request validation with Laravel's messages; every rule throws a 422 {@link SandboxProblem}. */
final class SandboxRules {

    /** The TLDs Mailin sells. */
    static final List<String> PURCHASABLE_TLDS = List.of(".com", ".co", ".ca", ".biz");

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private SandboxRules() {
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return value.strip();
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    static <T> List<T> requiredList(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw missing(field);
        }
        return values;
    }

    static String email(String field, String value) {
        String email = required(field, value).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || !DOMAIN.matcher(domainOf(email)).matches()) {
            throw SandboxProblem.invalidField(field, "The " + spoken(field) + " field must be a valid email address.");
        }
        return email;
    }

    static String length(String field, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw SandboxProblem.invalidField(field,
                    "The " + spoken(field) + " field must be between " + min + " and " + max + " characters.");
        }
        return value;
    }

    /** A syntactically valid domain name, lower-cased. */
    static String domainName(String field, String value) {
        return lowerCaseMatching(field, value, DOMAIN);
    }

    /** A domain name Mailin could sell: valid and ending in one of {@link #PURCHASABLE_TLDS}. */
    static String purchasableDomainName(String field, String value) {
        String name = domainName(field, value);
        if (PURCHASABLE_TLDS.stream().noneMatch(name::endsWith)) {
            throw SandboxProblem.invalidField(field, "The " + spoken(field)
                    + " must end with one of the following: " + String.join(", ", PURCHASABLE_TLDS) + ".");
        }
        return name;
    }

    /** One DNS label, e.g. the {@code sales} of {@code sales.example.com}. */
    static String dnsLabel(String field, String value) {
        return lowerCaseMatching(field, value, LABEL);
    }

    static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1);
    }

    private static String lowerCaseMatching(String field, String value, Pattern pattern) {
        String text = required(field, value).toLowerCase(Locale.ROOT);
        if (!pattern.matcher(text).matches()) {
            throw SandboxProblem.invalidField(field, "The " + spoken(field) + " field format is invalid.");
        }
        return text;
    }

    private static SandboxProblem missing(String field) {
        return SandboxProblem.invalidField(field, "The " + spoken(field) + " field is required.");
    }

    /** How Laravel names a field in its messages: {@code domain_name} reads "domain name". */
    private static String spoken(String field) {
        return field.replace('_', ' ');
    }
}
