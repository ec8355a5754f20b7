package com.mailindashboard.mailboxes.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The column sets that sequencers' importers expect. One place to adjust when a sequencer changes
 * its template: each format is its header and how a mailbox fills it.
 */
public enum MailboxExportFormat {

    GENERIC(columns(
            col("email", ExportedMailbox::email), col("name", ExportedMailbox::name),
            col("first_name", ExportedMailbox::firstName), col("last_name", ExportedMailbox::lastName),
            col("provider", ExportedMailbox::provider), col("status", ExportedMailbox::status),
            col("rate_limit", ExportedMailbox::rateLimit), col("imap_host", ExportedMailbox::imapHost),
            col("imap_port", ExportedMailbox::imapPort), col("smtp_host", ExportedMailbox::smtpHost),
            col("smtp_port", ExportedMailbox::smtpPort), col("password", ExportedMailbox::password))),

    INSTANTLY(columns(
            col("Email", ExportedMailbox::email), col("First Name", ExportedMailbox::firstName),
            col("Last Name", ExportedMailbox::lastName), col("IMAP Username", ExportedMailbox::email),
            col("IMAP Password", ExportedMailbox::password), col("IMAP Host", ExportedMailbox::imapHost),
            col("IMAP Port", ExportedMailbox::imapPort), col("SMTP Username", ExportedMailbox::email),
            col("SMTP Password", ExportedMailbox::password), col("SMTP Host", ExportedMailbox::smtpHost),
            col("SMTP Port", ExportedMailbox::smtpPort))),

    SMARTLEAD(columns(
            col("from_name", ExportedMailbox::name), col("from_email", ExportedMailbox::email),
            col("user_name", ExportedMailbox::email), col("password", ExportedMailbox::password),
            col("smtp_host", ExportedMailbox::smtpHost), col("smtp_port", ExportedMailbox::smtpPort),
            col("imap_host", ExportedMailbox::imapHost), col("imap_port", ExportedMailbox::imapPort),
            col("max_email_per_day", ExportedMailbox::dailyLimit), col("imap_user_name", ExportedMailbox::email),
            col("imap_password", ExportedMailbox::password))),

    EMAILBISON(columns(
            col("name", ExportedMailbox::name), col("email", ExportedMailbox::email),
            col("username", ExportedMailbox::email), col("password", ExportedMailbox::password),
            col("imap_server", ExportedMailbox::imapHost), col("imap_port", ExportedMailbox::imapPort),
            col("smtp_server", ExportedMailbox::smtpHost), col("smtp_port", ExportedMailbox::smtpPort),
            col("daily_limit", ExportedMailbox::dailyLimit))),

    SALESFORGE(columns(
            col("Email", ExportedMailbox::email), col("First Name", ExportedMailbox::firstName),
            col("Last Name", ExportedMailbox::lastName), col("SMTP Host", ExportedMailbox::smtpHost),
            col("SMTP Port", ExportedMailbox::smtpPort), col("SMTP Username", ExportedMailbox::email),
            col("SMTP Password", ExportedMailbox::password), col("IMAP Host", ExportedMailbox::imapHost),
            col("IMAP Port", ExportedMailbox::imapPort), col("IMAP Username", ExportedMailbox::email),
            col("IMAP Password", ExportedMailbox::password), col("Daily Limit", ExportedMailbox::dailyLimit)));

    private final List<Column> columns;

    MailboxExportFormat(List<Column> columns) {
        this.columns = columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::title).toList();
    }

    public List<String> row(ExportedMailbox mailbox) {
        return columns.stream().map(column -> column.value().apply(mailbox)).toList();
    }

    public String fileSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    private record Column(String title, Function<ExportedMailbox, String> value) {
    }

    private static Column col(String title, Function<ExportedMailbox, String> value) {
        return new Column(title, value);
    }

    private static List<Column> columns(Column... columns) {
        return Arrays.asList(columns);
    }
}
