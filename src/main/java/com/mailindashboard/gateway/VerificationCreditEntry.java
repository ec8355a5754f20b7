package com.mailindashboard.gateway;

/**
 * One credit transaction of V6: what was added or taken and the balance after it. The vendor's
 * example has no time; {@code created_at} is read when Mailin sends one (null otherwise).
 */
public record VerificationCreditEntry(Long id, String reason, Long credit, Long debit, Long totalCredit,
                                      String createdAt) {

    public VerificationCreditEntry(Long id, String reason, Long credit, Long debit, Long totalCredit) {
        this(id, reason, credit, debit, totalCredit, null);
    }
}
