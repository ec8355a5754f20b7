package com.mailindashboard.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Z11's {@code upload_status_summary}: how many of an order's mailboxes reached the inbox
 * provider. Mailin spells one key in camelCase.
 */
public record AzureOrderUploadStatus(Integer total, Integer uploaded,
                                     @JsonProperty("alreadyExistsOtherAccount") Integer alreadyExistsOtherAccount,
                                     Integer pending, Integer failed) {

    /** Whether mailboxes are still waiting to be uploaded. */
    public boolean inProgress() {
        return pending != null && pending > 0;
    }
}
