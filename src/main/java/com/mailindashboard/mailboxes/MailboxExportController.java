package com.mailindashboard.mailboxes;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /mailboxes/export}: mailboxes as CSV in the format a sequencer imports. Every teammate may
 * export; passwords only ADMIN and OPERATOR, and such an export is audited with its row count.
 */
@Controller

class MailboxExportController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final MailboxExportService exports;
    private final AuditLog audit;
    private final Clock clock;

    MailboxExportController(MailboxExportService exports, AuditLog audit, Clock clock) {
        this.exports = exports;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/mailboxes/export")
    String form(@ModelAttribute MailboxExportForm mailboxExportForm, Model model) {
        return page(model);
    }

    /** The mailbox list's "export selected": the same form, limited to the ticked mailboxes. */
    @PostMapping("/mailboxes/export")
    String selected(@ModelAttribute MailboxExportForm mailboxExportForm, Model model) {
        return page(model);
    }

    @GetMapping("/mailboxes/export.csv")
    String download(@Valid @ModelAttribute MailboxExportForm mailboxExportForm, BindingResult result, Model model,
                    HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (result.hasErrors()) {
            return page(model);
        }
        if (mailboxExportForm.isIncludePasswords() && !request.isUserInRole("ADMIN") && !request.isUserInRole("OPERATOR")) {
            throw new AccessDeniedException("Exporting passwords needs the admin or operator role");
        }
        MailboxExportService.Export export = exports.prepare(mailboxExportForm);
        String filename = "mailboxes-" + mailboxExportForm.getFormat().fileSuffix() + "-" + STAMP.format(clock.instant())
                + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        AuditOutcome outcome = AuditOutcome.FAILURE;
        try {
            Writer out = response.getWriter();
            export.writeTo(out);
            outcome = AuditOutcome.SUCCESS;
        } finally {
            audit.record(AuditEntry.of("mailboxes.export", outcome).target("export", null, filename)
                    .summary(mailboxExportForm.describe() + ", rows=" + export.written()));
        }
        return null;
    }

    private String page(Model model) {
        model.addAttribute("formats", MailboxExportFormat.values());
        model.addAttribute("providers", MailboxExportForm.Provider.values());
        model.addAttribute("statuses", MailboxExportForm.Status.values());
        return "mailboxes/export";
    }
}
