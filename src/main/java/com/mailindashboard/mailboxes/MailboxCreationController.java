package com.mailindashboard.mailboxes;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.paging.PageParams;
import com.mailindashboard.text.Texts;
import com.mailindashboard.web.MailinProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mailboxes/new}: rows typed in a table or a CSV upload, a dry run with a verdict per row,
 * the error rows as CSV, the confirm, and the progress of the creation. For ADMIN and OPERATOR:
 * the pages hold addresses and, in the downloads, passwords.
 */
@Controller
@RequestMapping("/mailboxes/new")
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
class MailboxCreationController {

    static final int INITIAL_ROWS = 3;
    private static final Pattern ROW_PARAMETER = Pattern.compile("rows\\[([^\\]]*)\\]");

    private final MailboxCreationDryRun dryRuns;
    private final MailboxCreationSubmitter submitter;
    private final MailboxCreationReports reports;
    private final MailboxCreationProperties properties;
    private final AuditLog audit;
    private final MessageSource messages;

    MailboxCreationController(MailboxCreationDryRun dryRuns, MailboxCreationSubmitter submitter,
                              MailboxCreationReports reports, MailboxCreationProperties properties, AuditLog audit,
                              MessageSource messages) {
        this.dryRuns = dryRuns;
        this.submitter = submitter;
        this.reports = reports;
        this.properties = properties;
        this.audit = audit;
        this.messages = messages;
    }

    /** The table has {@link MailboxCreationForm#MAX_ROWS} rows at most: a form naming a row past it is refused. */
    @InitBinder("form")
    void rowsOfTheTable(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MailboxCreationForm.MAX_ROWS);
    }

    /**
     * A form naming a row the table cannot have ({@code rows[-1]}, {@code rows[5000]}: never sent by
     * the page itself) is answered with the form again: the rows that fit keep what was typed, and
     * a message says which rows were left out.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    String rowOutsideTheTable(InvalidPropertyException e, HttpServletRequest request, Model model,
                              HttpServletResponse response, Locale locale) {
        MailboxCreationForm form = new MailboxCreationForm();
        MutablePropertyValues kept = new MutablePropertyValues();
        List<String> leftOut = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher row = ROW_PARAMETER.matcher(name);
            boolean inTable = row.lookingAt() && row.group(1).matches("\\d{1,4}")
                    && Integer.parseInt(row.group(1)) < MailboxCreationForm.MAX_ROWS;
            if (!name.startsWith("rows") || inTable) {
                kept.add(name, values.length == 1 ? values[0] : values);
            } else {
                String index = row.lookingAt() ? row.group(1) : name;
                if (!leftOut.contains(index)) {
                    leftOut.add(index);
                }
            }
        });
        WebDataBinder binder = new WebDataBinder(form, "form");
        rowsOfTheTable(binder);
        binder.bind(kept);
        model.addAttribute("refusal", messages.getMessage("mailboxes.new.row-outside",
                new Object[] {MailboxCreationForm.MAX_ROWS, Texts.fit(String.join(", ", leftOut), 60)}, locale));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(form, model);
    }

    @GetMapping
    String form(@RequestParam(defaultValue = "SMTP") MailboxProvider provider, Model model) {
        MailboxCreationForm form = new MailboxCreationForm();
        form.setProvider(provider);
        form.addRows(INITIAL_ROWS);
        return formPage(form, model);
    }

    @PostMapping(params = "addRow")
    String addRow(@ModelAttribute("form") MailboxCreationForm form, Model model) {
        form.addRows(1);
        return formPage(form, model);
    }

    @PostMapping
    String dryRun(@ModelAttribute("form") MailboxCreationForm form,
                  @RequestParam(name = "file", required = false) MultipartFile file, Authentication auth,
                  Model model, HttpServletResponse response, Locale locale) {
        boolean hasFile = file != null && !file.isEmpty();
        List<MailboxCsvRow> typed = form.filledRows();
        MailboxProvider provider = form.getProvider();
        try {
            if (hasFile && !typed.isEmpty()) {
                throw new MailboxCreationRefusal("mailboxes.new.both");
            }
            if (!hasFile && typed.isEmpty()) {
                throw new MailboxCreationRefusal("mailboxes.new.nothing");
            }
            long maxBytes = properties.maxUploadBytes().toBytes();
            if (hasFile && file.getSize() > maxBytes) {
                throw new MailboxCreationRefusal("mailboxes.csv.too-large", MailboxCsvReader.sizeLabel(maxBytes));
            }
            MailboxRowSource source = hasFile
                    ? () -> MailboxCsvReader.open(file.getInputStream(), provider, properties.maxRows(), maxBytes)
                    : () -> MailboxRows.of(typed);
            MailboxDryRunSummary run = dryRuns.run(provider, source, hasFile ? fileName(file) : null, auth.getName());
            audit.record(AuditEntry.of("mailboxes.dry-run", AuditOutcome.SUCCESS)
                    .target("mailbox-dry-run", run.id(), run.source())
                    .summary("provider=" + provider + ", rows=" + run.totalRows() + ", valid=" + run.validRows()
                            + ", errors=" + run.errorRows()));
            return "redirect:/mailboxes/new/" + run.id();
        } catch (MailboxCreationRefusal e) {
            model.addAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (MailinException e) {
            model.addAttribute("problem", MailinProblem.of(e));
        } catch (IOException e) {
            model.addAttribute("refusal", messages.getMessage("mailboxes.csv.unreadable", null, locale));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(form, model);
    }

    @GetMapping("/{id}")
    String preview(@PathVariable String id, @RequestParam(defaultValue = "all") String show,
                   @RequestParam(required = false) String page, Model model) {
        MailboxDryRunSummary run = dryRun(id);
        boolean errorsOnly = "errors".equals(show);
        model.addAttribute("run", run);
        model.addAttribute("show", errorsOnly ? "errors" : "all");
        model.addAttribute("rows", reports.rows(id, errorsOnly, PageParams.page(page)));
        model.addAttribute("chunkSize", properties.chunkSize());
        return "mailboxes/dry-run";
    }

    @GetMapping("/{id}/errors.csv")
    void errors(@PathVariable String id, HttpServletResponse response, Locale locale) throws IOException {
        download(id, "errors", "mailboxes.dry-run.errors-download", response,
                (run, out) -> reports.writeErrors(run, out, locale));
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam String confirmKey, Authentication auth,
                   RedirectAttributes redirect, Locale locale) {
        MailboxDryRunSummary run = dryRun(id);
        try {
            boolean first = submitter.confirm(id, confirmKey, auth.getName());
            if (first) {
                audit.record(AuditEntry.of("mailboxes.create.confirm", AuditOutcome.SUCCESS)
                        .target("mailbox-dry-run", id, run.source())
                        .summary("provider=" + run.provider() + ", mailboxes=" + run.validRows() + ", chunk-size="
                                + properties.chunkSize()));
            } else {
                redirect.addFlashAttribute("flashSuccess",
                        messages.getMessage("mailboxes.new.progress.already-confirmed", null, locale));
            }
            return "redirect:/mailboxes/new/" + id + "/progress";
        } catch (MailboxCreationRefusal e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/mailboxes/new/" + id;
        }
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, @RequestParam(required = false) String page,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        MailboxDryRunSummary run = dryRun(id);
        if (run.inPreview()) {
            return "redirect:/mailboxes/new/" + id;
        }
        MailboxCreationProgress progress = reports.progress(run);
        model.addAttribute("run", run);
        model.addAttribute("progress", progress);
        if (!progress.active()) {
            model.addAttribute("created", reports.created(id, PageParams.page(page)));
            model.addAttribute("failedRows", reports.failed(id, 1));
        }
        return htmx != null ? "mailboxes/progress :: progress" : "mailboxes/progress";
    }

    /** Sends the rows not created that may be sent again, as new chunks under new operation keys. */
    @PostMapping("/{id}/resend")
    String resend(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
        MailboxDryRunSummary run = dryRun(id);
        int queued = submitter.resend(id);
        if (queued > 0) {
            audit.record(AuditEntry.of("mailboxes.create.resend", AuditOutcome.SUCCESS)
                    .target("mailbox-dry-run", id, run.source())
                    .summary("provider=" + run.provider() + ", mailboxes=" + queued));
            redirect.addFlashAttribute("flashSuccess",
                    messages.getMessage("mailboxes.new.progress.resent", new Object[] {queued}, locale));
        } else {
            redirect.addFlashAttribute("flashSuccess",
                    messages.getMessage("mailboxes.new.progress.nothing-to-resend", null, locale));
        }
        return "redirect:/mailboxes/new/" + id + "/progress";
    }

    @GetMapping("/{id}/failed.csv")
    void failed(@PathVariable String id, HttpServletResponse response, Locale locale) throws IOException {
        download(id, "failed", "mailboxes.create.failed-download", response,
                (run, out) -> reports.writeFailed(run, out, locale));
    }

    /** Rows handed back as a CSV attachment (they may hold passwords): audited with the row count. */
    private void download(String id, String kind, String action, HttpServletResponse response, CsvRows rows)
            throws IOException {
        MailboxDryRunSummary run = dryRun(id);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("mailboxes-" + kind + "-" + id.substring(0, 8) + ".csv").build().toString());
        int count = rows.write(run, response.getWriter());
        audit.record(AuditEntry.of(action, AuditOutcome.SUCCESS).target("mailbox-dry-run", id, run.source())
                .summary("rows=" + count));
    }

    @FunctionalInterface
    private interface CsvRows {
        int write(MailboxDryRunSummary run, Writer out) throws IOException;
    }

    private String formPage(MailboxCreationForm form, Model model) {
        if (form.getRows().isEmpty()) {
            form.addRows(INITIAL_ROWS);
        }
        model.addAttribute("form", form);
        model.addAttribute("providers", MailboxProvider.values());
        model.addAttribute("maxUpload", MailboxCsvReader.sizeLabel(properties.maxUploadBytes().toBytes()));
        model.addAttribute("maxRows", properties.maxRows());
        model.addAttribute("chunkSize", properties.chunkSize());
        model.addAttribute("maxTableRows", MailboxCreationForm.MAX_ROWS);
        return "mailboxes/new";
    }

    private MailboxDryRunSummary dryRun(String id) {
        return reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String fileName(MultipartFile file) {
        String name = StringUtils.getFilename(file.getOriginalFilename());
        return name == null || name.isBlank() ? "upload.csv" : name;
    }
}
