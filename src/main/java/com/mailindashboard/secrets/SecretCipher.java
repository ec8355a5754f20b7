package com.mailindashboard.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts secrets at rest with AES-256-GCM. The stored form is {@code v1:} followed by the
 * base64 of a random 12-byte nonce and the ciphertext with its tag, so the same secret never
 * encrypts to the same text twice and tampering is detected on decryption.
 * <p>
 * The key is derived from the secret key text with HKDF-SHA256 ({@link SecretKeys}). A secret stored
 * with the key made before (the text's plain SHA-256) has the same form: GCM's tag tells which key
 * opens it, so it is still read, and {@link #upgrade} re-encrypts it with the current key.
 */
public class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecretKey legacy;
    private final SecureRandom random = new SecureRandom();

    /** A cipher with one key, for both encrypting and reading. */
    public SecretCipher(SecretKey key) {
        this(key, null);
    }

    SecretCipher(SecretKeys keys) {
        this(keys.current(), keys.legacy());
    }

    private SecretCipher(SecretKey key, SecretKey legacy) {
        this.key = key;
        this.legacy = legacy;
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
        try {
            return open(stored, key);
        } catch (AEADBadTagException wrongKey) {
            if (legacy != null) {
                try {
                    return open(stored, legacy);
                } catch (GeneralSecurityException | IllegalArgumentException e) {
                    // neither key: the message below
                }
            }
            throw unreadable(wrongKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    /**
     * The secret encrypted with the current key when it is stored with the legacy one; empty when it
     * already is current (or is null).
     *
     * @throws SecretCipherException when neither key opens it
     */
    public Optional<String> upgrade(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            open(stored, key);
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException notCurrent) {
            return Optional.of(encrypt(decrypt(stored)));
        }
    }

    private static String open(String stored, SecretKey with) throws GeneralSecurityException {
        if (!stored.startsWith(PREFIX)) {
            throw new SecretCipherException("Unknown secret format", null);
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        return new String(openBytes(all, with), StandardCharsets.UTF_8);
    }

    private static byte[] openBytes(byte[] all, SecretKey with) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, with, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
        return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    }

    /**
     * Decrypts what {@link #encryptBytes(byte[])} made (values only ever written with the current key,
     * such as sessions); tampering or another key is refused.
     */
    public byte[] decryptBytes(byte[] all) {
        try {
            return openBytes(all, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    private static SecretCipherException unreadable(Exception cause) {
        return new SecretCipherException("A stored secret cannot be decrypted: was DASHBOARD_SECRET_KEY changed?",
                cause);
    }
}
