package com.mailindashboard.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The single stored Mailin connection. Password and token are stored encrypted only. */
@Entity
@Table(name = "mailin_connection")
class MailinConnectionSettings {

    static final long SINGLE_ROW = 1L;

    @Id
    private Long id = SINGLE_ROW;
    private String baseUrl;
    private String accountEmail;
    private String passwordEncrypted;
    private String deviceName;
    private String tokenEncrypted;
    private String userId;
    private boolean sandbox;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    protected MailinConnectionSettings() {
    }

    MailinConnectionSettings(String baseUrl, Instant now) {
        this.baseUrl = baseUrl;
        this.updatedAt = now;
    }

    void update(String baseUrl, String accountEmail, String deviceName, boolean sandbox, Instant now, String by) {
        this.baseUrl = baseUrl;
        this.accountEmail = accountEmail;
        this.deviceName = deviceName;
        this.sandbox = sandbox;
        this.updatedAt = now;
        this.updatedBy = by;
        this.tokenEncrypted = null;
        this.userId = null;
    }

    void replacePassword(String encrypted) {
        this.passwordEncrypted = encrypted;
        this.tokenEncrypted = null;
        this.userId = null;
    }

    void storeToken(String encrypted, String userId) {
        this.tokenEncrypted = encrypted;
        this.userId = userId;
    }

    String getBaseUrl() { return baseUrl; }
    String getAccountEmail() { return accountEmail; }
    String getPasswordEncrypted() { return passwordEncrypted; }
    String getDeviceName() { return deviceName; }
    String getTokenEncrypted() { return tokenEncrypted; }
    String getUserId() { return userId; }
    boolean isSandbox() { return sandbox; }
    Instant getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
}
