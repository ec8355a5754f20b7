package com.mailindashboard.mailboxes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Renames a mailbox (M5 for SMTP, G9 for Google: decided from the mailbox itself). */
public class MailboxRenameForm {

    @NotBlank(message = "{mailboxes.detail.name.required}")
    @Size(max = 100, message = "{mailboxes.detail.too-long}")
    private String name;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
