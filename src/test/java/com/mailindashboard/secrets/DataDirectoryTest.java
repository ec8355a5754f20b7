package com.mailindashboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7 item 21: the data directory and the H2 database in it are the dashboard user's only. */
class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void aNewDataDirectoryIsCreatedOwnerOnly() throws Exception {
        Path data = temp.resolve("nested/data");

        new DataDirectory(data).secure();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void anH2DatabaseAndAnOpenDirectoryAreNarrowedToTheOwner() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("mailin-dashboard"), "sa", "")) {
            h2.createStatement().execute("create table t (id int)");
        }
        Path database = data.resolve("mailin-dashboard.mv.db");
        assertThat(database).exists();

        new DataDirectory(data).secure();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
    }
}
