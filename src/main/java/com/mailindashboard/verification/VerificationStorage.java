package com.mailindashboard.verification;

import com.mailindashboard.secrets.StorageProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files of the verification feature in the data directory: uploads waiting for their e-mail
 * column, cleaned CSVs waiting for their confirm, and kept result downloads. Stored names are
 * generated, never taken from the user; paths are kept relative to the folder.
 */
@Component
class VerificationStorage {

    private final Path root;

    VerificationStorage(StorageProperties storage) {
        this.root = storage.dataPath().toAbsolutePath().resolve("verification");
    }

    /** A new file name in {@code folder} (checks, uploads, results), the folder created. */
    String newFile(String folder, String extension) {
        try {
            Files.createDirectories(root.resolve(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder + "/" + UUID.randomUUID() + extension;
    }

    Path path(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a verification file: " + relative);
        }
        return path;
    }

    void delete(String relative) {
        if (relative == null) {
            return;
        }
        try {
            Files.deleteIfExists(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
