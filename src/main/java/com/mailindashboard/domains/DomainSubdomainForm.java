package com.mailindashboard.domains;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** D7: the prefix of a new subdomain ({@code sales} for {@code sales.example.com}): one DNS label. */
public class DomainSubdomainForm {

    @NotBlank(message = "{domains.detail.subdomain.required}")
    @Pattern(regexp = "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", message = "{domains.detail.subdomain.invalid}")
    private String subdomain;

    public String getSubdomain() { return subdomain; }
    public void setSubdomain(String subdomain) { this.subdomain = subdomain == null ? null : subdomain.strip(); }
}
