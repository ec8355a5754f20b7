package com.mailindashboard.mailboxes.export;

import com.mailindashboard.text.DomainNames;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What to export: which mailboxes (provider, domain, status, or picked ids), in which format, with or without passwords. */
public class MailboxExportForm {

    public enum Provider { ALL, SMTP, GOOGLE }

    public enum Status { ANY, ACTIVE, INACTIVE }

    @NotNull(message = "{mailboxes.export.choice.required}")
    private Provider provider = Provider.ALL;
    @Size(max = 253, message = "{mailboxes.export.domain.invalid}")
    @Pattern(regexp = "^$|" + DomainNames.PATTERN, flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "{mailboxes.export.domain.invalid}")
    private String domain;
    @NotNull(message = "{mailboxes.export.choice.required}")
    private Status status = Status.ANY;
    @NotNull(message = "{mailboxes.export.choice.required}")
    private MailboxExportFormat format = MailboxExportFormat.GENERIC;
    private boolean includePasswords;
    @Size(max = 1000, message = "{mailboxes.export.ids.too-many}")
    private List<Long> ids = new ArrayList<>();

    public Provider getProvider() { return provider; }
    public void setProvider(Provider provider) { this.provider = provider; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain == null ? null : domain.strip().toLowerCase(java.util.Locale.ROOT); }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public MailboxExportFormat getFormat() { return format; }
    public void setFormat(MailboxExportFormat format) { this.format = format; }
    public boolean isIncludePasswords() { return includePasswords; }
    public void setIncludePasswords(boolean includePasswords) { this.includePasswords = includePasswords; }
    public List<Long> getIds() { return ids; }
    public void setIds(List<Long> ids) { this.ids = ids == null ? new ArrayList<>() : ids; }

    boolean hasDomain() {
        return domain != null && !domain.isBlank();
    }

    /** For the audit log: what was asked for, never a secret. */
    String describe() {
        return "format=" + format + ", provider=" + provider + ", domain=" + (hasDomain() ? domain : "any")
                + ", status=" + status + ", ids=" + (ids.isEmpty() ? "any" : ids.size()) + ", passwords="
                + (includePasswords ? "included" : "excluded");
    }
}
