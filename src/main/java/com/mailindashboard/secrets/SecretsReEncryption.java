package com.mailindashboard.secrets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 12 (a Java migration, run once with the application's key): every stored secret
 * still encrypted with the key made before the HKDF derivation is re-encrypted with the derived key, in
 * place, row by row (an update only where the value is still the one read). A value no key opens is left
 * exactly as it is and logged by row, never lost; reading goes on accepting the old key regardless.
 */
@Component
class SecretsReEncryption implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(SecretsReEncryption.class);

    /** Every column holding a {@link SecretCipher} value when the derivation changed, with its table's key. */
    static final List<EncryptedColumn> COLUMNS = List.of(
            new EncryptedColumn("mailin_connection", "id", "password_encrypted"),
            new EncryptedColumn("mailin_connection", "id", "token_encrypted"),
            new EncryptedColumn("team_user", "id", "totp_secret"),
            new EncryptedColumn("mailbox_dry_run_row", "id", "password_enc"),
            new EncryptedColumn("mailbox_export", "id", "file_key_enc"));

    record EncryptedColumn(String table, String id, String column) {
    }

    private final SecretCipher cipher;

    SecretsReEncryption(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12");
    }

    @Override
    public String getDescription() {
        return "re-encrypt secrets with the HKDF-derived key";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int upgraded = 0;
        for (EncryptedColumn column : COLUMNS) {
            upgraded += reEncrypt(connection, column);
        }
        if (upgraded > 0) {
            log.info("Re-encrypted {} stored secret(s) with the derived key", upgraded);
        }
    }

    private int reEncrypt(Connection connection, EncryptedColumn target) throws SQLException {
        List<Object[]> changes = new ArrayList<>();
        String select = "select " + target.id() + ", " + target.column() + " from " + target.table()
                + " where " + target.column() + " is not null";
        try (PreparedStatement query = connection.prepareStatement(select); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Object id = rows.getObject(1);
                String stored = rows.getString(2);
                upgraded(stored, target, id).ifPresent(value -> changes.add(new Object[] {value, id, stored}));
            }
        }
        String update = "update " + target.table() + " set " + target.column() + " = ? where " + target.id()
                + " = ? and " + target.column() + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Object[] change : changes) {
                statement.setString(1, (String) change[0]);
                statement.setObject(2, change[1]);
                statement.setString(3, (String) change[2]);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return changes.size();
    }

    private Optional<String> upgraded(String stored, EncryptedColumn target, Object id) {
        try {
            return cipher.upgrade(stored);
        } catch (SecretCipherException e) {
            log.warn("{}.{} of row {} cannot be decrypted with the configured key: left as it is ({})",
                    target.table(), target.column(), id, e.getMessage());
            return Optional.empty();
        }
    }
}
