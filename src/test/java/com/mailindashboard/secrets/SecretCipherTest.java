package com.mailindashboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM at rest: round trip, a fresh nonce each time, tampering and wrong keys detected. */
class SecretCipherTest {

    private final SecretCipher cipher = new SecretCipher(randomKey());

    @Test
    void whatIsEncryptedDecryptsBack() {
        for (String secret : new String[] {"S3cret-Mailin-Pass!", "", "ünïcødé ✓ 密码", "x".repeat(500)}) {
            String stored = cipher.encrypt(secret);
            assertThat(stored).startsWith("v1:");
            if (!secret.isEmpty()) {
                assertThat(stored).doesNotContain(secret);
            }
            assertThat(cipher.decrypt(stored)).isEqualTo(secret);
        }
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void theSameSecretNeverEncryptsToTheSameText() {
        String first = cipher.encrypt("S3cret-Mailin-Pass!");
        String second = cipher.encrypt("S3cret-Mailin-Pass!");

        assertThat(first).isNotEqualTo(second);
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
    }

    @Test
    void aChangedCiphertextTagOrNonceIsDetected() {
        String stored = cipher.encrypt("S3cret-Mailin-Pass!");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));

        for (int position : new int[] {0, 11, 12, raw.length - 17, raw.length - 1}) {
            byte[] tampered = raw.clone();
            tampered[position] ^= 0x01;
            String forged = "v1:" + Base64.getEncoder().encodeToString(tampered);
            assertThatThrownBy(() -> cipher.decrypt(forged)).as("byte %d changed", position)
                    .isInstanceOf(SecretCipherException.class).hasMessageContaining("cannot be decrypted");
        }
        byte[] truncated = java.util.Arrays.copyOf(raw, 8);
        assertThatThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(truncated)))
                .isInstanceOf(SecretCipherException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64!"))
                .isInstanceOf(SecretCipherException.class);
    }

    @Test
    void anotherKeyCannotDecryptAndSaysWhatToCheck() {
        String stored = cipher.encrypt("S3cret-Mailin-Pass!");
        SecretCipher otherKey = new SecretCipher(randomKey());

        assertThatThrownBy(() -> otherKey.decrypt(stored))
                .isInstanceOf(SecretCipherException.class)
                .hasMessage("A stored secret cannot be decrypted: was DASHBOARD_SECRET_KEY changed?");
    }

    @Test
    void aTextInAnUnknownFormatIsRefused() {
        assertThatThrownBy(() -> cipher.decrypt("S3cret-Mailin-Pass!"))
                .isInstanceOf(SecretCipherException.class).hasMessage("Unknown secret format");
    }

    @Test
    void aConfiguredKeyTextGivesTheSameKeyEveryTime(@TempDir Path dataDir) {
        SecretCipher writer = new SecretCipher(SecretKeySource.resolve("my key text", dataDir));
        SecretCipher reader = new SecretCipher(SecretKeySource.resolve("  my key text  ", dataDir));
        SecretCipher other = new SecretCipher(SecretKeySource.resolve("another key text", dataDir));

        String stored = writer.encrypt("S3cret-Mailin-Pass!");

        assertThat(reader.decrypt(stored)).isEqualTo("S3cret-Mailin-Pass!");
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(SecretCipherException.class);
        assertThat(dataDir.resolve(SecretKeySource.KEY_FILE)).doesNotExist();
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKeptPrivate(@TempDir Path dataDir) throws Exception {
        SecretCipher first = new SecretCipher(SecretKeySource.resolve("", dataDir));
        Path keyFile = dataDir.resolve(SecretKeySource.KEY_FILE);
        assertThat(keyFile).exists();
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        String stored = first.encrypt("S3cret-Mailin-Pass!");
        SecretCipher afterRestart = new SecretCipher(SecretKeySource.resolve(null, dataDir));

        assertThat(afterRestart.decrypt(stored)).isEqualTo("S3cret-Mailin-Pass!");
    }

    private static String nonce(String stored) {
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, 12));
    }

    private static SecretKeySpec randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }
}
