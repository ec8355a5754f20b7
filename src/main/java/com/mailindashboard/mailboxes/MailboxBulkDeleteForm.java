package com.mailindashboard.mailboxes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The selection of a mailbox list and the typed confirmation of its deletion: the person types how
 * many mailboxes they selected. The list's own state ({@code provider} and the inherited
 * {@code name}, {@code page} and {@code size}) leads back to the list as it was and names the page
 * whose addresses label the report.
 */
public class MailboxBulkDeleteForm extends MailboxListForm {

    @NotEmpty(message = "{mailboxes.list.bulk.none-selected}")
    @Size(max = 100, message = "{mailboxes.list.bulk.too-many}")
    private List<Long> ids = new ArrayList<>();
    @NotBlank(message = "{mailboxes.list.bulk.confirmation.required}")
    @Size(max = 10, message = "{mailboxes.list.bulk.confirmation.invalid}")
    private String confirmation;
    private MailboxProvider provider = MailboxProvider.SMTP;

    public List<Long> getIds() { return ids; }
    public void setIds(List<Long> ids) { this.ids = ids == null ? new ArrayList<>() : ids; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public MailboxProvider getProvider() { return provider; }
    public void setProvider(MailboxProvider provider) { this.provider = provider == null ? MailboxProvider.SMTP : provider; }

    /** The selected ids without repeats, in the order of the page. */
    List<Long> selected() {
        return List.copyOf(new LinkedHashSet<>(ids.stream().filter(id -> id != null).toList()));
    }

    /** Whether the typed confirmation is the number of selected mailboxes. */
    boolean confirmed() {
        return confirmation != null && confirmation.strip().equals(String.valueOf(selected().size()));
    }
}
