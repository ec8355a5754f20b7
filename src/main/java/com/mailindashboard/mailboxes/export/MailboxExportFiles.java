package com.mailindashboard.mailboxes.export;

import com.mailindashboard.secrets.SecretCipher;
import com.mailindashboard.secrets.StorageProperties;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Export files in {@code <data-dir>/exports}, owner-only. They may hold mailbox passwords, so each
 * is written encrypted (AES-256 in CTR mode, which streams both ways whatever the size) with a key
 * of its own; that key is stored encrypted by {@link SecretCipher} beside the export's row, and
 * deleting the file deletes the export.
 */
@Component
class MailboxExportFiles {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 16;

    private final Path directory;
    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    MailboxExportFiles(StorageProperties storage, SecretCipher cipher) {
        this.directory = storage.dataPath().resolve("exports");
        this.cipher = cipher;
    }

    /** A new file key, encrypted for storage. */
    String newKey() {
        byte[] material = new byte[KEY_BYTES + IV_BYTES];
        random.nextBytes(material);
        try {
            return cipher.encrypt(Base64.getEncoder().encodeToString(material));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** A UTF-8 writer onto the export's new file. */
    Writer writer(String id, String encryptedKey) throws IOException {
        createDirectory();
        Path file = path(id);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        CipherOutputStream out = new CipherOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
                cipher(Cipher.ENCRYPT_MODE, encryptedKey));
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The export's file as it was written (decrypted while read). */
    InputStream reader(String id, String encryptedKey) throws IOException {
        return new CipherInputStream(Files.newInputStream(path(id)), cipher(Cipher.DECRYPT_MODE, encryptedKey));
    }

    boolean exists(String id) {
        return Files.exists(path(id));
    }

    void delete(String id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not an export id");
        }
        return directory.resolve(id + ".csv.enc");
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(directory);
        }
    }

    private Cipher cipher(int mode, String encryptedKey) {
        byte[] material = Base64.getDecoder().decode(cipher.decrypt(encryptedKey));
        try {
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(mode, new SecretKeySpec(material, 0, KEY_BYTES, "AES"),
                    new IvParameterSpec(material, KEY_BYTES, IV_BYTES));
            return aes;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR is not available", e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }
}
