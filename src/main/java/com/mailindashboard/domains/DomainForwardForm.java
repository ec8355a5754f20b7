package com.mailindashboard.domains;

import com.mailindashboard.text.DomainNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** D13: the domain this domain forwards to. */
public class DomainForwardForm {

    @NotBlank(message = "{domains.detail.forward.required}")
    @Size(max = 253, message = "{domains.detail.forward.invalid}")
    @Pattern(regexp = DomainNames.PATTERN, flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "{domains.detail.forward.invalid}")
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
