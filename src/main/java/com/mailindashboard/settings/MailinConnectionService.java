package com.mailindashboard.settings;

import com.mailindashboard.gateway.MailinConnection;
import com.mailindashboard.gateway.MailinConnectionSource;
import com.mailindashboard.gateway.MailinProperties;
import com.mailindashboard.gateway.MailinToken;
import com.mailindashboard.sandbox.SandboxAccess;
import com.mailindashboard.sandbox.SandboxProperties;
import com.mailindashboard.sandbox.SandboxSwitch;
import com.mailindashboard.secrets.SecretCipher;
import com.mailindashboard.secrets.SecretCipherException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Mailin connection the gateway uses. Three sources, first match wins: the sandbox (from
 * {@code DASHBOARD_SANDBOX=true} or the settings page), the environment ({@code MAILIN_API_*}),
 * or what an admin saved on the settings page. Secrets are decrypted only here, on demand.
 */
@Service
class MailinConnectionService implements MailinConnectionSource, SandboxSwitch {

    static final String SANDBOX_EMAIL = "demo@sandbox.mailin.local";
    static final String SANDBOX_DEVICE = "mailin-dashboard-sandbox";
    /** How long the stored row is reused before it is read again (other instances may change it). */
    static final Duration CACHE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(MailinConnectionService.class);

    private final MailinConnectionSettingsRepository repository;
    private final SecretCipher cipher;
    private final MailinProperties properties;
    private final SandboxAddress sandboxAddress;
    private final SandboxAccess sandboxAccess;
    private final boolean sandboxByEnvironment;
    private final Clock clock;
    private volatile Cached cached;

    /** The stored row as last read, detached: read on every page and every Mailin call, so kept briefly. */
    private record Cached(Optional<MailinConnectionSettings> settings, Instant readAt) {
    }

    MailinConnectionService(MailinConnectionSettingsRepository repository, SecretCipher cipher,
                            MailinProperties properties, SandboxAddress sandboxAddress, SandboxAccess sandboxAccess,
                            SandboxProperties sandbox, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.properties = properties;
        this.sandboxAddress = sandboxAddress;
        this.sandboxAccess = sandboxAccess;
        this.sandboxByEnvironment = sandbox.enabled();
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

    /** The sandbox is served only while the dashboard uses it. */
    @Override
    public boolean sandboxOn() {
        return sandboxActive();
    }

    @Override
    public Optional<MailinConnection> connection() {
        return switch (mode()) {
            case SANDBOX_ENVIRONMENT, SANDBOX -> Optional.of(new MailinConnection(sandboxAddress.baseUrl(),
                    SANDBOX_EMAIL, sandboxAccess.secret(), SANDBOX_DEVICE));
            case ENVIRONMENT -> Optional.of(new MailinConnection(properties.baseUrl(), properties.email(),
                    properties.password(), properties.deviceName()));
            case SETTINGS -> stored().flatMap(s -> decrypt(s.getPasswordEncrypted(), "password")
                    .map(password -> new MailinConnection(s.getBaseUrl(), s.getAccountEmail(), password,
                            s.getDeviceName())));
        };
    }

    /**
     * A stored secret, or nothing when it cannot be decrypted (the secret key changed): the
     * connection then counts as not configured and an admin re-enters the password.
     */
    private Optional<String> decrypt(String stored, String what) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.decrypt(stored));
        } catch (SecretCipherException e) {
            log.warn("The stored Mailin {} cannot be decrypted ({}); re-enter it on the settings page", what,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Which connection a token belongs to: a token is only reused for the connection it was issued
     * to, so changing MAILIN_API_* (or switching to the sandbox) never acts with the old account.
     */
    private static String fingerprint(MailinConnection connection) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (connection.baseUrl() + "\n" + connection.email()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<MailinToken> storedToken() {
        Optional<String> expected = connection().map(MailinConnectionService::fingerprint);
        return stored().flatMap(s -> decrypt(s.getTokenEncrypted(), "token")
                .filter(sealed -> expected.isPresent() && sealed.startsWith(expected.get() + " "))
                .map(sealed -> new MailinToken(sealed.substring(sealed.indexOf(' ') + 1), s.getUserId())));
    }

    @Override
    @Transactional
    public void storeToken(MailinToken token) {
        String owner = connection().map(MailinConnectionService::fingerprint).orElse("none");
        MailinConnectionSettings settings = repository.findById(MailinConnectionSettings.SINGLE_ROW).orElseGet(() ->
                new MailinConnectionSettings(properties.baseUrl(), Instant.now(clock)));
        settings.storeToken(cipher.encrypt(owner + " " + token.token()), token.userId());
        repository.save(settings);
        cached = null;
    }

    /** What the settings page shows: never the password or the token, only whether they are set. */
    public ConnectionView view() {
        ConnectionMode mode = mode();
        Optional<MailinConnectionSettings> saved = stored();
        return switch (mode) {
            case ENVIRONMENT -> new ConnectionView(mode, properties.baseUrl(), properties.email(),
                    properties.deviceName(), null, null);
            case SANDBOX_ENVIRONMENT, SANDBOX -> new ConnectionView(mode, sandboxAddress.baseUrl(), SANDBOX_EMAIL,
                    SANDBOX_DEVICE, saved.map(MailinConnectionSettings::getUpdatedAt).orElse(null),
                    saved.map(MailinConnectionSettings::getUpdatedBy).orElse(null));
            case SETTINGS -> saved.map(s -> new ConnectionView(mode, s.getBaseUrl(), s.getAccountEmail(),
                            s.getDeviceName(), s.getUpdatedAt(), s.getUpdatedBy()))
                    .orElseGet(() -> new ConnectionView(mode, properties.baseUrl(), null, null, null, null));
        };
    }

    /**
     * Saves the settings page. A blank password keeps the stored one (the field is write-only).
     * Any change drops the stored token.
     */
    @Transactional
    public void save(ConnectionForm form, String by) {
        if (!MailinAddressRules.secureEnough(form.getBaseUrl())) {
            throw new IllegalArgumentException("The Mailin address must use https:// (http:// only to this machine)");
        }
        if (!form.passwordEntered() && !form.isSandbox() && hasStoredPassword() && !storedPasswordFits(form)) {
            throw new IllegalArgumentException("A new Mailin address or email needs the password again");
        }
        MailinConnectionSettings settings = repository.findById(MailinConnectionSettings.SINGLE_ROW).orElseGet(() ->
                new MailinConnectionSettings(properties.baseUrl(), Instant.now(clock)));
        settings.update(form.getBaseUrl().strip(), blankToNull(form.getEmail()), blankToNull(form.getDeviceName()),
                form.isSandbox(), Instant.now(clock), by);
        if (form.passwordEntered()) {
            settings.replacePassword(cipher.encrypt(form.getPassword()));
        }
        repository.save(settings);
        cached = null;
    }

    /**
     * The settings form as saved: the entered connection even while the sandbox is on, so switching
     * the sandbox off finds it as it was (the sandbox's own address and device never replace it).
     */
    public ConnectionForm savedForm() {
        Optional<MailinConnectionSettings> saved = stored();
        ConnectionForm form = new ConnectionForm();
        form.setBaseUrl(saved.map(MailinConnectionSettings::getBaseUrl).orElse(properties.baseUrl()));
        form.setEmail(saved.map(MailinConnectionSettings::getAccountEmail).orElse(null));
        form.setDeviceName(saved.map(MailinConnectionSettings::getDeviceName).orElse(null));
        form.setSandbox(mode() == ConnectionMode.SANDBOX);
        return form;
    }

    /**
     * Whether keeping the stored password is allowed for this form: only while it goes to the same
     * address for the same account it was entered for.
     */
    public boolean storedPasswordFits(ConnectionForm form) {
        return stored().filter(s -> s.getPasswordEncrypted() != null)
                .map(s -> !MailinAddressRules.destinationChanged(s.getBaseUrl(), s.getAccountEmail(),
                        form.getBaseUrl(), form.getEmail()))
                .orElse(false);
    }

    public boolean hasStoredPassword() {
        return stored().map(MailinConnectionSettings::getPasswordEncrypted).isPresent();
    }

    /** Reads the stored row again at the next use (after a change made elsewhere, e.g. another instance). */
    void forgetCachedRow() {
        cached = null;
    }

    /**
     * The stored row, read again at most every {@code CACHE}. The readers above use only this, so they
     * open no transaction of their own: the repository's read has one when the row is read, and every
     * Mailin call asks for the connection, where a transaction per call cost ~2% of a page's CPU.
     */
    private Optional<MailinConnectionSettings> stored() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(CACHE).isBefore(now)) {
            current = new Cached(repository.findById(MailinConnectionSettings.SINGLE_ROW), now);
            cached = current;
        }
        return current.settings();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
