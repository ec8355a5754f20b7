package com.mailindashboard.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory ({@code dashboard.data-dir}: the H2 database, the generated key) is readable by
 * the dashboard's own user only: the directory 0700, the files in it 0600, whatever the umask.
 */
final class DataDirectory {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    public DataDirectory(Path path) {
        this.path = path;
    }

    /** Creates the directory owner-only, or narrows it and its files when they already exist. */
    public void secure() {
        try {
            if (!Files.exists(path)) {
                Files.createDirectories(path, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            Files.setPosixFilePermissions(path, DIRECTORY);
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (UnsupportedOperationException notPosix) {
            log.debug("{} is not on a POSIX file system: permissions left to the system", path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data directory " + path + " owner-only", e);
        }
    }
}
