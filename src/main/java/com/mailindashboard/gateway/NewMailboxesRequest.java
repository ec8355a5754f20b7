package com.mailindashboard.gateway;

import java.util.List;

/** Body {@code {mailboxes:[...]}} of M3 ({@link NewMailbox}) and G7 ({@link NewGoogleMailbox}). */
record NewMailboxesRequest<T>(List<T> mailboxes) {

    NewMailboxesRequest {
        mailboxes = List.copyOf(mailboxes);
    }
}
