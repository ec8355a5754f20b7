package com.mailindashboard.mailboxes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The email signature of a Google mailbox (G12); several lines. */
public class MailboxSignatureForm {

    @NotBlank(message = "{mailboxes.google.signature.required}")
    @Size(max = 5000, message = "{mailboxes.detail.too-long}")
    private String signature;

    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }
}
