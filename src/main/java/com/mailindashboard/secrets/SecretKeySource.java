package com.mailindashboard.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key that encrypts secrets at rest comes from: {@code DASHBOARD_SECRET_KEY} when set
 * (any text; it is stretched to 256 bits with SHA-256), otherwise a random key generated once
 * into {@code <data-dir>/secret.key}.
 */
final class SecretKeySource {

    private static final Logger log = LoggerFactory.getLogger(SecretKeySource.class);
    static final String KEY_FILE = "secret.key";

    private SecretKeySource() {
    }

    static SecretKey resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return fromText(configured.trim());
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return fromText(Files.readString(file, StandardCharsets.UTF_8).trim());
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
            return fromText(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    private static SecretKey fromText(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
