package com.mailindashboard.domains;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** D13: the domain this domain forwards to. */
public class DomainForwardForm {

    /** A host name of dot-separated DNS labels ending in a TLD of letters, e.g. {@code example.com} or {@code www.example.co}. */
    static final String DOMAIN_NAME = "^(?=.{4,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$";

    @NotBlank(message = "{domains.detail.forward.required}")
    @Size(max = 253, message = "{domains.detail.forward.invalid}")
    @Pattern(regexp = DOMAIN_NAME, message = "{domains.detail.forward.invalid}")
    private String forwardTo;

    /**
     * Whether the target is the domain itself, or its {@code www.} host, which is served by the
     * same records: such a forward would only loop, so it is refused before Mailin is asked.
     */
    boolean pointsTo(String domainName) {
        if (forwardTo == null || domainName == null) {
            return false;
        }
        String target = strip(forwardTo);
        String self = strip(domainName);
        return target.equals(self) || target.equals("www." + self) || self.equals("www." + target);
    }

    private static String strip(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    public String getForwardTo() { return forwardTo; }
    public void setForwardTo(String forwardTo) { this.forwardTo = forwardTo == null ? null : forwardTo.strip(); }
}
