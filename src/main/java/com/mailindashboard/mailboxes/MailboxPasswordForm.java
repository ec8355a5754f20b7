package com.mailindashboard.mailboxes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new password for an SMTP mailbox (M6): 8 to 24 characters, no spaces. */
public class MailboxPasswordForm {

    @NotBlank(message = "{mailboxes.detail.password.required}")
    @Size(min = 8, max = 24, message = "{mailboxes.detail.password.size}")
    @Pattern(regexp = "\\S*", message = "{mailboxes.detail.password.spaces}")
    private String password;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }

    @Override
    public String toString() {
        return "MailboxPasswordForm[password=***]";
    }
}
