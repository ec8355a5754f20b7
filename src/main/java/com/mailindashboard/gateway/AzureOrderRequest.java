package com.mailindashboard.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * Z1 body. In {@code auto} mode Mailin generates the mailboxes from {@code full_name}; in
 * {@code manual} mode exactly {@value #MANUAL_MAILBOXES} mailboxes of the order's domain are sent.
 * {@code is_purchase} is 1 to buy the domain, 0 to transfer it. Null fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AzureOrderRequest(String mailboxMode, List<String> fullName, List<AzureOrderNewMailbox> mailboxes,
                                String domain, int isPurchase, Long providerId, Long domainRegistrarId) {

    public static final int MANUAL_MAILBOXES = 100;

    public AzureOrderRequest {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("An Azure order needs a domain");
        }
        if (isPurchase != 0 && isPurchase != 1) {
            throw new IllegalArgumentException("is_purchase is 1 (purchase) or 0 (transfer), not " + isPurchase);
        }
        switch (String.valueOf(mailboxMode)) {
            case "auto" -> {
                if (fullName == null || fullName.isEmpty()) {
                    throw new IllegalArgumentException("Auto mode needs at least one full name");
                }
            }
            case "manual" -> {
                if (mailboxes == null || mailboxes.size() != MANUAL_MAILBOXES) {
                    throw new IllegalArgumentException("Manual mode needs exactly " + MANUAL_MAILBOXES
                            + " mailboxes, not " + (mailboxes == null ? 0 : mailboxes.size()));
                }
                String suffix = "@" + domain.toLowerCase(Locale.ROOT);
                mailboxes.stream().filter(m -> m.email() == null
                                || !m.email().toLowerCase(Locale.ROOT).endsWith(suffix))
                        .findFirst().ifPresent(m -> {
                            throw new IllegalArgumentException(m.email() + " does not belong to " + domain);
                        });
            }
            default -> throw new IllegalArgumentException("mailbox_mode is auto or manual, not " + mailboxMode);
        }
        fullName = fullName == null ? null : List.copyOf(fullName);
        mailboxes = mailboxes == null ? null : List.copyOf(mailboxes);
    }

    /** An order whose mailboxes Mailin generates from the given full names. */
    public static AzureOrderRequest auto(List<String> fullNames, String domain, boolean purchase, Long providerId,
                                         Long domainRegistrarId) {
        return new AzureOrderRequest("auto", fullNames, null, domain, purchase ? 1 : 0, providerId, domainRegistrarId);
    }

    /** An order with the {@value #MANUAL_MAILBOXES} mailboxes given. */
    public static AzureOrderRequest manual(List<AzureOrderNewMailbox> mailboxes, String domain, boolean purchase,
                                           Long providerId, Long domainRegistrarId) {
        return new AzureOrderRequest("manual", null, mailboxes, domain, purchase ? 1 : 0, providerId,
                domainRegistrarId);
    }
}
