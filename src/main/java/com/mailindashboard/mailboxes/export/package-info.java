/**
 * Exports of mailboxes for sequencers, run as background jobs. Its file formats
 * ({@link com.mailindashboard.mailboxes.export.MailboxExportFormat}, {@link com.mailindashboard.mailboxes.export.ExportedMailbox})
 * are also used by the Microsoft orders' exports, so the sub-package is a named interface of the mailboxes module.
 */
@NamedInterface("export")
package com.mailindashboard.mailboxes.export;

import org.springframework.modulith.NamedInterface;
