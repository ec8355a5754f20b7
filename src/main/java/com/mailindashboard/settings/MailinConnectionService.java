package com.mailindashboard.settings;

import com.mailindashboard.gateway.MailinConnection;
import com.mailindashboard.gateway.MailinConnectionSource;
import com.mailindashboard.gateway.MailinProperties;
import com.mailindashboard.gateway.MailinToken;
import com.mailindashboard.secrets.SecretCipher;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Mailin connection the gateway uses. Three sources, first match wins: the sandbox (from
 * {@code DASHBOARD_SANDBOX=true} or the settings page), the environment ({@code MAILIN_API_*}),
 * or what an admin saved on the settings page. Secrets are decrypted only here, on demand.
 */
@Service
public class MailinConnectionService implements MailinConnectionSource {

    static final String SANDBOX_EMAIL = "demo@sandbox.mailin.local";
    static final String SANDBOX_PASSWORD = "sandbox-demo-password";

    private final MailinConnectionSettingsRepository repository;
    private final SecretCipher cipher;
    private final MailinProperties properties;
    private final SandboxAddress sandboxAddress;
    private final boolean sandboxByEnvironment;
    private final Clock clock;

    MailinConnectionService(MailinConnectionSettingsRepository repository, SecretCipher cipher,
                            MailinProperties properties, SandboxAddress sandboxAddress,
                            @Value("${dashboard.sandbox:false}") boolean sandboxByEnvironment, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.properties = properties;
        this.sandboxAddress = sandboxAddress;
        this.sandboxByEnvironment = sandboxByEnvironment;
        this.clock = clock;
    }

    public ConnectionMode mode() {
        if (sandboxByEnvironment) {
            return ConnectionMode.SANDBOX_ENVIRONMENT;
        }
        if (properties.managedByEnvironment()) {
            return ConnectionMode.ENVIRONMENT;
        }
        return stored().filter(MailinConnectionSettings::isSandbox).isPresent()
                ? ConnectionMode.SANDBOX : ConnectionMode.SETTINGS;
    }

    public boolean sandboxActive() {
        return mode().sandbox();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailinConnection> connection() {
        return switch (mode()) {
            case SANDBOX_ENVIRONMENT, SANDBOX -> Optional.of(new MailinConnection(sandboxAddress.baseUrl(),
                    SANDBOX_EMAIL, SANDBOX_PASSWORD, "mailin-dashboard-sandbox"));
            case ENVIRONMENT -> Optional.of(new MailinConnection(properties.baseUrl(), properties.email(),
                    properties.password(), properties.deviceName()));
            case SETTINGS -> stored().map(s -> new MailinConnection(s.getBaseUrl(), s.getAccountEmail(),
                    cipher.decrypt(s.getPasswordEncrypted()), s.getDeviceName()));
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailinToken> storedToken() {
        return stored().filter(s -> s.getTokenEncrypted() != null)
                .map(s -> new MailinToken(cipher.decrypt(s.getTokenEncrypted()), s.getUserId()));
    }

    @Override
    @Transactional
    public void storeToken(MailinToken token) {
        MailinConnectionSettings settings = stored().orElseGet(() ->
                new MailinConnectionSettings(properties.baseUrl(), Instant.now(clock)));
        settings.storeToken(cipher.encrypt(token.token()), token.userId());
        repository.save(settings);
    }

    /** What the settings page shows: never the password or the token, only whether they are set. */
    @Transactional(readOnly = true)
    public ConnectionView view() {
        ConnectionMode mode = mode();
        Optional<MailinConnectionSettings> saved = stored();
        return switch (mode) {
            case ENVIRONMENT -> new ConnectionView(mode, properties.baseUrl(), properties.email(),
                    properties.deviceName(), true, null, null);
            case SANDBOX_ENVIRONMENT, SANDBOX -> new ConnectionView(mode, sandboxAddress.baseUrl(), SANDBOX_EMAIL,
                    "mailin-dashboard-sandbox", true, saved.map(MailinConnectionSettings::getUpdatedAt).orElse(null),
                    saved.map(MailinConnectionSettings::getUpdatedBy).orElse(null));
            case SETTINGS -> saved.map(s -> new ConnectionView(mode, s.getBaseUrl(), s.getAccountEmail(),
                            s.getDeviceName(), s.getPasswordEncrypted() != null, s.getUpdatedAt(), s.getUpdatedBy()))
                    .orElseGet(() -> new ConnectionView(mode, properties.baseUrl(), null, null, false, null, null));
        };
    }

    /**
     * Saves the settings page. A blank password keeps the stored one (the field is write-only).
     * Any change drops the stored token.
     */
    @Transactional
    public void save(ConnectionForm form, String by) {
        MailinConnectionSettings settings = stored().orElseGet(() ->
                new MailinConnectionSettings(properties.baseUrl(), Instant.now(clock)));
        settings.update(form.getBaseUrl().strip(), blankToNull(form.getEmail()), blankToNull(form.getDeviceName()),
                form.isSandbox(), Instant.now(clock), by);
        if (form.getPassword() != null && !form.getPassword().isBlank()) {
            settings.replacePassword(cipher.encrypt(form.getPassword()));
        }
        repository.save(settings);
    }

    @Transactional(readOnly = true)
    public boolean hasStoredPassword() {
        return stored().map(MailinConnectionSettings::getPasswordEncrypted).isPresent();
    }

    private Optional<MailinConnectionSettings> stored() {
        return repository.findById(MailinConnectionSettings.SINGLE_ROW);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
