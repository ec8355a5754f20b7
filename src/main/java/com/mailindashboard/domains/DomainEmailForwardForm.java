package com.mailindashboard.domains;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** D15: the address all email of the domain is forwarded to. */
public class DomainEmailForwardForm {

    @NotBlank(message = "{domains.detail.email-forward.required}")
    @Size(max = 320, message = "{domains.detail.email-forward.invalid}")
    @Email(message = "{domains.detail.email-forward.invalid}")
    @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{domains.detail.email-forward.invalid}")
    private String forwardToEmail;

    public String getForwardToEmail() { return forwardToEmail; }
    public void setForwardToEmail(String forwardToEmail) {
        this.forwardToEmail = forwardToEmail == null ? null : forwardToEmail.strip();
    }
}
