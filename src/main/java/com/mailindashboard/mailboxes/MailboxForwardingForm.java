package com.mailindashboard.mailboxes;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a Google mailbox forwards its mail (G14 to set up, G15 to change). */
public class MailboxForwardingForm {

    @NotBlank(message = "{mailboxes.google.forwarding.required}")
    @Email(message = "{mailboxes.google.forwarding.invalid}")
    @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{mailboxes.google.forwarding.invalid}")
    @Size(max = 320, message = "{mailboxes.detail.too-long}")
    private String forwardingEmail;

    public String getForwardingEmail() { return forwardingEmail; }
    public void setForwardingEmail(String forwardingEmail) { this.forwardingEmail = forwardingEmail; }
}
