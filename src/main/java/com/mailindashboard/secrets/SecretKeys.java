package com.mailindashboard.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys made from the secret key text: {@code current} derived with HKDF-SHA256 (every secret is
 * encrypted with it), {@code legacy} the plain SHA-256 of the text that secrets stored before the
 * derivation were encrypted with (read only, until {@link SecretsReEncryption} has re-encrypted them).
 */
record SecretKeys(SecretKey current, SecretKey legacy) {

    /** Fixed, public salt and context of the derivation: a key of this application for this purpose. */
    private static final byte[] SALT = "mailin-dashboard/secret-key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INFO = "secrets at rest: AES-256-GCM, v2".getBytes(StandardCharsets.US_ASCII);

    static SecretKeys fromText(String text) {
        byte[] material = text.getBytes(StandardCharsets.UTF_8);
        return new SecretKeys(new SecretKeySpec(Hkdf.sha256(SALT, material, INFO, 32), "AES"),
                legacyKey(text));
    }

    /** The key as it was made before the derivation: SHA-256 of the text. */
    static SecretKey legacyKey(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
