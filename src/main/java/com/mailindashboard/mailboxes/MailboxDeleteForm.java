package com.mailindashboard.mailboxes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The deletion of one mailbox (M7), confirmed by typing its address. */
public class MailboxDeleteForm {

    @NotBlank(message = "{mailboxes.detail.delete.required}")
    @Size(max = 320, message = "{mailboxes.detail.too-long}")
    private String confirmation;

    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }

    /** Whether the typed text is the address, to the letter (surrounding blanks aside). */
    boolean confirms(String address) {
        return address != null && confirmation != null && confirmation.strip().equals(address);
    }
}
