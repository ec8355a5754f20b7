package com.mailindashboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration 12 on a database made by the earlier migrations (H2 here, as the embedded default): every
 * encrypted column's values stored with the old key are re-encrypted in place with the derived key, and
 * a value no key opens is left as it was.
 */
class SecretsReEncryptionTest {

    private static final String TEXT = "the configured secret key text";

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:reencrypt-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final SecretKeys keys = SecretKeys.fromText(TEXT);
    private final SecretCipher before = new SecretCipher(keys.legacy());
    private final SecretCipher derivedOnly = new SecretCipher(keys.current());

    @Test
    void everyStoredSecretIsReEncryptedWithTheDerivedKeyAndNoneIsLost() {
        flyway().target("9").load().migrate();
        String foreign = new SecretCipher(SecretKeys.fromText("some other key").current()).encrypt("other");
        jdbc.update("insert into mailin_connection (id, base_url, password_encrypted, token_encrypted, sandbox,"
                + " updated_at, version) values (1, 'https://api.mailin.ai', ?, ?, false, current_timestamp, 0)",
                before.encrypt("S3cret-Mailin-Pass!"), before.encrypt("1 token-text"));
        jdbc.update("insert into team_user (id, email, display_name, password_hash, role, enabled,"
                + " must_change_password, created_at, updated_at, version, totp_secret) values (1, 'a@team.test',"
                + " 'A', 'x', 'ADMIN', true, false, current_timestamp, current_timestamp, 0, ?)",
                before.encrypt("JBSWY3DPEHPK3PXP"));
        jdbc.update("insert into team_user (id, email, display_name, password_hash, role, enabled,"
                + " must_change_password, created_at, updated_at, version, totp_secret) values (2, 'b@team.test',"
                + " 'B', 'x', 'OPERATOR', true, false, current_timestamp, current_timestamp, 0, ?)", foreign);
        jdbc.update("insert into mailbox_dry_run (id, provider, state, confirm_key, total_rows, valid_rows,"
                + " created_by, created_at) values ('d1', 'SMTP', 'PREVIEW', 'k1', 2, 2, 'a@team.test',"
                + " current_timestamp)");
        jdbc.update("insert into mailbox_dry_run_row (id, dry_run_id, line_no, password_enc) values (1, 'd1', 1, ?)",
                before.encrypt("Row-Pass-1"));
        jdbc.update("insert into mailbox_dry_run_row (id, dry_run_id, line_no, password_enc) values (2, 'd1', 2, null)");
        String alreadyDerived = derivedOnly.encrypt("file-key");
        jdbc.update("insert into mailbox_export (id, state, format, provider, status_filter, include_passwords,"
                + " file_name, file_key_enc, rows_written, pages_read, app_passwords_missing, requested_by,"
                + " created_at, updated_at) values ('e1', 'DONE', 'CSV', 'SMTP', 'ALL', true, 'f.csv', ?, 0, 0, 0,"
                + " 'a@team.test', current_timestamp, current_timestamp)", before.encrypt("export-file-key"));
        jdbc.update("insert into mailbox_export (id, state, format, provider, status_filter, include_passwords,"
                + " file_name, file_key_enc, rows_written, pages_read, app_passwords_missing, requested_by,"
                + " created_at, updated_at) values ('e2', 'DONE', 'CSV', 'SMTP', 'ALL', true, 'f.csv', ?, 0, 0, 0,"
                + " 'a@team.test', current_timestamp, current_timestamp)", alreadyDerived);

        flyway().load().migrate();

        assertThat(readWithDerivedKey("select password_encrypted from mailin_connection")).isEqualTo("S3cret-Mailin-Pass!");
        assertThat(readWithDerivedKey("select token_encrypted from mailin_connection")).isEqualTo("1 token-text");
        assertThat(readWithDerivedKey("select totp_secret from team_user where id = 1")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(readWithDerivedKey("select password_enc from mailbox_dry_run_row where id = 1")).isEqualTo("Row-Pass-1");
        assertThat(jdbc.queryForObject("select password_enc from mailbox_dry_run_row where id = 2", String.class)).isNull();
        assertThat(readWithDerivedKey("select file_key_enc from mailbox_export where id = 'e1'")).isEqualTo("export-file-key");
        assertThat(jdbc.queryForObject("select file_key_enc from mailbox_export where id = 'e2'", String.class))
                .as("already derived: untouched").isEqualTo(alreadyDerived);
        assertThat(jdbc.queryForObject("select totp_secret from team_user where id = 2", String.class))
                .as("no key opens it: left as it was").isEqualTo(foreign);
        String upgraded = jdbc.queryForObject("select password_encrypted from mailin_connection", String.class);
        assertThatThrownBy(() -> before.decrypt(upgraded)).isInstanceOf(SecretCipherException.class);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '12' and success",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void everyColumnItKnowsExists() {
        flyway().load().migrate();
        for (SecretsReEncryption.EncryptedColumn column : SecretsReEncryption.COLUMNS) {
            assertThat(jdbc.queryForObject("select count(" + column.column() + ") from " + column.table(), Integer.class))
                    .as(column.toString()).isZero();
        }
    }

    private String readWithDerivedKey(String sql) {
        return derivedOnly.decrypt(jdbc.queryForObject(sql, String.class));
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .javaMigrations(new SecretsReEncryption(new SecretCipher(keys)));
    }
}
