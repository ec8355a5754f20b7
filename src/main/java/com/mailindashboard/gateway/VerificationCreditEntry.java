package com.mailindashboard.gateway;

/** One credit transaction of V6: what was added or taken and the balance after it. */
public record VerificationCreditEntry(Long id, String reason, Long credit, Long debit, Long totalCredit) {
}
