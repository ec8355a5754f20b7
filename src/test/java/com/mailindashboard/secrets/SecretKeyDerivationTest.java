package com.mailindashboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The key is derived from the secret key text with HKDF-SHA256; secrets encrypted with the key made
 * before (the text's SHA-256) are still read and upgraded to the derived key.
 */
class SecretKeyDerivationTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void hkdfMatchesTheRfc5869TestVectors() {
        // RFC 5869, A.1 (basic test case with SHA-256)
        byte[] okm = Hkdf.sha256(HEX.parseHex("000102030405060708090a0b0c"),
                HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertThat(HEX.formatHex(okm)).isEqualTo(
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        // A.3 (zero-length salt and info)
        byte[] noSalt = Hkdf.sha256(new byte[0], HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
                new byte[0], 42);
        assertThat(HEX.formatHex(noSalt)).isEqualTo(
                "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    @Test
    void theDerivedKeyIsNotTheOldDigestOfTheText() {
        SecretKeys keys = SecretKeys.fromText("a long random text");

        assertThat(keys.current().getEncoded()).hasSize(32).isNotEqualTo(keys.legacy().getEncoded());
        assertThat(keys.legacy().getEncoded()).isEqualTo(SecretKeys.legacyKey("a long random text").getEncoded());
    }

    @Test
    void aSecretEncryptedWithTheOldKeyIsReadAndUpgradedToTheDerivedOne() {
        SecretKeys keys = SecretKeys.fromText("a long random text");
        String storedBefore = new SecretCipher(SecretKeys.legacyKey("a long random text")).encrypt("S3cret-Mailin-Pass!");
        SecretCipher cipher = new SecretCipher(keys);

        assertThat(cipher.decrypt(storedBefore)).isEqualTo("S3cret-Mailin-Pass!");

        String upgraded = cipher.upgrade(storedBefore).orElseThrow();
        assertThat(upgraded).startsWith("v1:").isNotEqualTo(storedBefore);
        assertThat(new SecretCipher(keys.current()).decrypt(upgraded)).isEqualTo("S3cret-Mailin-Pass!");
        assertThatThrownBy(() -> new SecretCipher(keys.legacy()).decrypt(upgraded))
                .isInstanceOf(SecretCipherException.class);
        assertThat(cipher.upgrade(upgraded)).as("already with the derived key").isEmpty();
        assertThat(cipher.upgrade(null)).isEmpty();
    }

    @Test
    void newSecretsAreEncryptedWithTheDerivedKeyOnly() {
        SecretKeys keys = SecretKeys.fromText("a long random text");
        String stored = new SecretCipher(keys).encrypt("totp-secret");

        assertThat(new SecretCipher(keys.current()).decrypt(stored)).isEqualTo("totp-secret");
        assertThatThrownBy(() -> new SecretCipher(keys.legacy()).decrypt(stored))
                .isInstanceOf(SecretCipherException.class);
    }

    @Test
    void aSecretOfAnotherKeyIsNeitherReadNorUpgraded() {
        String foreign = new SecretCipher(SecretKeys.fromText("another text").current()).encrypt("x");
        SecretCipher cipher = new SecretCipher(SecretKeys.fromText("a long random text"));

        assertThatThrownBy(() -> cipher.decrypt(foreign)).isInstanceOf(SecretCipherException.class)
                .hasMessageContaining("DASHBOARD_SECRET_KEY");
        assertThatThrownBy(() -> cipher.upgrade(foreign)).isInstanceOf(SecretCipherException.class);
    }
}
