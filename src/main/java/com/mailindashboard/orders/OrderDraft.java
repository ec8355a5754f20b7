package com.mailindashboard.orders;

import com.mailindashboard.gateway.AzureOrderNewMailbox;
import com.mailindashboard.gateway.AzureOrderRequest;
import java.util.List;

/**
 * An order that passed every check and can be sent as one Z1: the domain (bought or transferred
 * in, with its registrar or none), the mailboxes (names for Mailin to generate from, or the exact
 * list) and the inbox provider to upload them to (or none).
 */
record OrderDraft(String domain, boolean purchase, Long registrarId, MailboxMode mode, List<String> fullNames,
                  List<AzureOrderNewMailbox> mailboxes, Long providerId) {

    OrderDraft {
        fullNames = List.copyOf(fullNames);
        mailboxes = List.copyOf(mailboxes);
    }

    /** How many mailboxes the order makes: the list's size, or the {@value AzureOrderRequest#MANUAL_MAILBOXES} Mailin generates. */
    public int mailboxCount() {
        return mode == MailboxMode.MANUAL ? mailboxes.size() : AzureOrderRequest.MANUAL_MAILBOXES;
    }

    AzureOrderRequest request() {
        Long registrar = purchase ? null : registrarId;
        return mode == MailboxMode.AUTO
                ? AzureOrderRequest.auto(fullNames, domain, purchase, providerId, registrar)
                : AzureOrderRequest.manual(mailboxes, domain, purchase, providerId, registrar);
    }
}
