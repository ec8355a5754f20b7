package com.mailindashboard.overview;

/**
 * One line of "needs attention": what is wrong ({@code messageKey} with {@code args}), how bad
 * ({@code danger} or {@code warning}, a Bootstrap colour), and the page where it is fixed
 * ({@code link}, its text {@code linkKey}).
 */
public record AttentionItem(String severity, String messageKey, Object[] args, String link, String linkKey) {

    public static final String DANGER = "danger";
    public static final String WARNING = "warning";

    public AttentionItem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
