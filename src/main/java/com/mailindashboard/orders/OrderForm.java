package com.mailindashboard.orders;

import com.mailindashboard.integrations.IntegrationForm;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything typed on {@code /orders/new}, kept as typed so that an error, the builder or "back to
 * edit" never loses anything: the domain and where it comes from, the mailboxes (names for auto,
 * one "Name, address" line each for manual), the builder's people and patterns, and the provider.
 */
public class OrderForm {

    static final String BUY = "buy";
    static final String TRANSFER = "transfer";

    private String source = BUY;
    private String domain = "";
    private Long registrarId;
    private String mode = MailboxMode.MANUAL.wire();
    private String fullNames = "";
    private String mailboxes = "";
    private String people = "";
    private List<String> patterns = new ArrayList<>(List.of(AddressPattern.FIRST_DOT_LAST.name(),
            AddressPattern.FIRST.name(), AddressPattern.F_DOT_LAST.name()));
    private Long providerId;
    private String operationKey;
    /** The inline "add an inbox provider" of step 3; its secrets are never shown back. */
    private IntegrationForm newProvider = new IntegrationForm();

    boolean purchase() {
        return !TRANSFER.equals(source);
    }

    MailboxMode mailboxMode() {
        MailboxMode parsed = MailboxMode.ofWire(mode);
        return parsed == null ? MailboxMode.MANUAL : parsed;
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = TRANSFER.equals(source) ? TRANSFER : BUY; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain == null ? "" : domain.strip(); }
    public Long getRegistrarId() { return registrarId; }
    public void setRegistrarId(Long registrarId) { this.registrarId = registrarId; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getFullNames() { return fullNames; }
    public void setFullNames(String fullNames) { this.fullNames = fullNames == null ? "" : fullNames; }
    public String getMailboxes() { return mailboxes; }
    public void setMailboxes(String mailboxes) { this.mailboxes = mailboxes == null ? "" : mailboxes; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people == null ? "" : people; }
    public List<String> getPatterns() { return patterns; }
    public void setPatterns(List<String> patterns) { this.patterns = patterns == null ? new ArrayList<>() : patterns; }
    public Long getProviderId() { return providerId; }
    public void setProviderId(Long providerId) { this.providerId = providerId; }
    public String getOperationKey() { return operationKey; }
    public IntegrationForm getNewProvider() { return newProvider; }
    public void setNewProvider(IntegrationForm newProvider) {
        this.newProvider = newProvider == null ? new IntegrationForm() : newProvider;
    }
    public void setOperationKey(String operationKey) { this.operationKey = operationKey; }
}
