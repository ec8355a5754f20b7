package com.mailindashboard.approvals;

/** A decision the teammate may not make (their own request, not an approver, decided, expired): said in words. */
public class ApprovalRefusal extends RuntimeException {

    private final String messageKey;

    ApprovalRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
