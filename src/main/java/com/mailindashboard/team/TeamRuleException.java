package com.mailindashboard.team;

/** A team change the rules refuse; {@link #messageKey()} names the text shown next to the form. */
public class TeamRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;

    TeamRuleException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the problem belongs to, or null for the whole form. */
    public String field() {
        return field;
    }
}
