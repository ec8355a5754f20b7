package com.mailindashboard.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts secrets at rest with AES-256-GCM. The stored form is {@code v1:} followed by the
 * base64 of a random 12-byte nonce and the ciphertext with its tag, so the same secret never
 * encrypts to the same text twice and tampering is detected on decryption.
 */
public class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(SecretKey key) {
        this.key = key;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(encryptBytes(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Encrypts bytes (for example a serialized value kept in the database): the random 12-byte nonce
     * followed by the ciphertext with its tag.
     */
    public byte[] encryptBytes(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new SecretCipherException("Could not encrypt a secret", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new SecretCipherException("Unknown secret format", null);
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretCipherException(
                    "A stored secret cannot be decrypted: was DASHBOARD_SECRET_KEY changed?", e);
        }
        return new String(decryptBytes(all), StandardCharsets.UTF_8);
    }

    /** Decrypts what {@link #encryptBytes(byte[])} made; tampering or another key is refused. */
    public byte[] decryptBytes(byte[] all) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretCipherException(
                    "A stored secret cannot be decrypted: was DASHBOARD_SECRET_KEY changed?", e);
        }
    }
}
