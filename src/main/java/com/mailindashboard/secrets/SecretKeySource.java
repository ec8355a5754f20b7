package com.mailindashboard.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key that encrypts secrets at rest comes from: {@code DASHBOARD_SECRET_KEY} when set
 * (any long random text), otherwise a random key generated once into {@code <data-dir>/secret.key}.
 * The AES-256 key is derived from that text with HKDF-SHA256 (RFC 5869, {@link Hkdf}). Secrets stored
 * before were encrypted with the plain SHA-256 of the text ({@link SecretKeys#legacy()}): they are still
 * read, and {@link SecretsReEncryption} re-encrypts them once with the derived key.
 */
final class SecretKeySource {

    private static final Logger log = LoggerFactory.getLogger(SecretKeySource.class);
    static final String KEY_FILE = "secret.key";

    private SecretKeySource() {
    }

    /** The derived key for the configured text or the key file (made on first use). */
    static SecretKey resolve(String configured, Path dataDir) {
        return keys(configured, dataDir).current();
    }

    /** The derived key and the one stored secrets were encrypted with before it. */
    static SecretKeys keys(String configured, Path dataDir) {
        return SecretKeys.fromText(text(configured, dataDir));
    }

    private static String text(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDir);
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            String text = Base64.getEncoder().encodeToString(raw);
            try {
                // created readable by the owner only from the start: the key is never readable by others
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            log.warn("DASHBOARD_SECRET_KEY is not set: generated a key into {}. Back it up with the"
                    + " database, or set DASHBOARD_SECRET_KEY; without it stored secrets cannot be read.",
                    file.toAbsolutePath().normalize());
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }
}
