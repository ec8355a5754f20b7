package com.mailindashboard.domains;

import jakarta.validation.constraints.NotBlank;

/** D11: the domain's name typed again, so that a domain and its mailboxes are never deleted by a slip. */
public class DomainDeleteForm {

    @NotBlank(message = "{domains.detail.delete.required}")
    private String confirmName;

    public String getConfirmName() { return confirmName; }
    public void setConfirmName(String confirmName) { this.confirmName = confirmName; }

    /** Whether the typed name is the domain's name (surrounding spaces aside). */
    boolean confirms(String name) {
        return confirmName != null && name != null && confirmName.strip().equals(name);
    }
}
