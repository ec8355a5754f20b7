package com.mailindashboard.mailboxes.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mailboxes/export}: mailboxes as CSV in the format a sequencer imports, written by a
 * background job whose page shows its progress, lets its starter cancel it and download the file
 * until it expires. Every teammate may export; passwords only ADMIN and OPERATOR. An export and
 * its file belong to the teammate who started it.
 */
@Controller
class MailboxExportController {

    static final String JOBS = "/mailboxes/export/jobs";

    private final MailboxExportJobs jobs;
    private final MailboxExportProperties properties;
    private final MessageSource messages;

    MailboxExportController(MailboxExportJobs jobs, MailboxExportProperties properties, MessageSource messages) {
        this.jobs = jobs;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/mailboxes/export")
    String form(@ModelAttribute MailboxExportForm mailboxExportForm, Authentication auth, Model model) {
        return page(auth, model);
    }

    /** The mailbox list's "export selected": the same form, limited to the ticked mailboxes. */
    @PostMapping("/mailboxes/export")
    String selected(@ModelAttribute MailboxExportForm mailboxExportForm, Authentication auth, Model model) {
        return page(auth, model);
    }

    @PostMapping(JOBS)
    String start(@Valid @ModelAttribute MailboxExportForm mailboxExportForm, BindingResult result, Authentication auth,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(auth, model);
        }
        if (mailboxExportForm.isIncludePasswords() && !request.isUserInRole("ADMIN") && !request.isUserInRole("OPERATOR")) {
            throw new AccessDeniedException("Exporting passwords needs the admin or operator role");
        }
        MailboxExportJob job = jobs.start(mailboxExportForm, auth.getName());
        return "redirect:" + JOBS + "/" + job.id();
    }

    @GetMapping(JOBS + "/{id}")
    String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
               Authentication auth, Model model) {
        MailboxExportJob job = own(id, auth);
        model.addAttribute("job", job);
        model.addAttribute("fileReady", jobs.fileReady(job));
        model.addAttribute("retention", properties.retention().toMinutes());
        return htmx != null ? "mailboxes/export-job :: progress" : "mailboxes/export-job";
    }

    @PostMapping(JOBS + "/{id}/cancel")
    String cancel(@PathVariable String id, Authentication auth, RedirectAttributes redirect, Locale locale) {
        MailboxExportJob job = own(id, auth);
        String key = jobs.cancel(job) ? "mailboxes.export.job.cancelled" : "mailboxes.export.job.cancel-too-late";
        redirect.addFlashAttribute(key.endsWith("cancelled") ? "flashSuccess" : "flashError",
                messages.getMessage(key, null, locale));
        return "redirect:" + JOBS + "/" + id;
    }

    @GetMapping(JOBS + "/{id}/file")
    void download(@PathVariable String id, Authentication auth, HttpServletResponse response) throws IOException {
        MailboxExportJob job = own(id, auth);
        if (!jobs.fileReady(job)) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(job.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (InputStream in = jobs.open(job); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The teammate's own export; anyone else's is not found, as an unknown id is. */
    private MailboxExportJob own(String id, Authentication auth) {
        return jobs.find(id).filter(job -> job.requestedBy().equals(auth.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Authentication auth, Model model) {
        model.addAttribute("formats", MailboxExportFormat.values());
        model.addAttribute("providers", MailboxExportForm.Provider.values());
        model.addAttribute("statuses", MailboxExportForm.Status.values());
        model.addAttribute("recentExports", jobs.recent(auth.getName()));
        return "mailboxes/export";
    }
}
