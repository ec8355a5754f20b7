package com.mailindashboard.verification;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.paging.PageParams;
import com.mailindashboard.web.MailinProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /verification/tasks}: every task, newest first, filtered by status and teammate; one
 * task's counts per category with a doughnut chart (refreshing itself while it runs), and the
 * downloads per category, streamed through the dashboard and audited (ADMIN and OPERATOR).
 */
@Controller
@RequestMapping("/verification")
class VerificationTaskController {

    static final int PAGE_SIZE = 20;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final VerificationTaskRepository tasks;
    private final VerificationDownloads downloads;
    private final AuditLog audit;
    private final MessageSource messages;

    VerificationTaskController(VerificationTaskRepository tasks, VerificationDownloads downloads, AuditLog audit,
                               MessageSource messages) {
        this.tasks = tasks;
        this.downloads = downloads;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String teammate,
                @RequestParam(required = false) String page, Model model) {
        VerificationTaskStatus wanted = parseStatus(status);
        String who = teammate == null || teammate.isBlank() ? null : teammate.strip();
        Specification<VerificationTask> spec = (root, query, cb) -> cb.conjunction();
        if (wanted != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
        }
        if (who != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("createdBy"), who));
        }
        int number = PageParams.page(page);
        Page<VerificationTask> found = tasks.findAll(spec, PageRequest.of(number - 1, PAGE_SIZE, NEWEST_FIRST));
        if (found.getTotalPages() > 0 && number > found.getTotalPages()) {
            number = found.getTotalPages();
            found = tasks.findAll(spec, PageRequest.of(number - 1, PAGE_SIZE, NEWEST_FIRST));
        }
        model.addAttribute("tasks", found.getContent());
        model.addAttribute("statuses", VerificationTaskStatus.values());
        model.addAttribute("teammates", tasks.starters());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("teammate", who == null ? "" : who);
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
        model.addAttribute("previousUrl", number > 1 ? listUrl(wanted, who, number - 1) : null);
        model.addAttribute("nextUrl", found.hasNext() ? listUrl(wanted, who, number + 1) : null);
        model.addAttribute("anyActive", found.getContent().stream().anyMatch(t -> t.getStatus().active()));
        return "verification/tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Model model, Locale locale) {
        VerificationTask task = task(id);
        model.addAttribute("task", task);
        model.addAttribute("categories", task.categories());
        model.addAttribute("downloads", task.downloadable() ? VerificationCategory.downloads(task.getType()) : List.of());
        model.addAttribute("chart", chart(task, locale));
        return "verification/task";
    }

    /** The status part, polled by htmx while the task runs; once it ended, the whole page reloads (chart, downloads). */
    @GetMapping("/tasks/{id}/status")
    String status(@PathVariable long id, Model model, HttpServletResponse response) {
        VerificationTask task = task(id);
        if (!task.getStatus().active()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("task", task);
        return "verification/task :: taskStatus";
    }

    @GetMapping("/tasks/{id}/download/{category}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    void download(@PathVariable long id, @PathVariable String category, HttpServletRequest request,
                  HttpServletResponse response, Locale locale) throws IOException {
        VerificationTask task = task(id);
        VerificationCategory wanted = VerificationCategory.parse(category, task.getType())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        VerificationDownloads.ResultFile file;
        try {
            file = downloads.resultFile(task, wanted);
        } catch (VerificationRefusal e) {
            backToTask(id, messages.getMessage(e.messageKey(), e.arguments(), locale), request, response);
            return;
        } catch (MailinException e) {
            MailinProblem problem = MailinProblem.of(e);
            backToTask(id, messages.getMessage("verification.download.failed", new Object[] {problem.title()}, locale),
                    request, response);
            return;
        }
        response.setContentType("text/csv");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("verification-" + id + "-" + wanted.value() + ".csv").build().toString());
        response.setContentLengthLong(file.bytes());
        try (InputStream in = Files.newInputStream(file.path())) {
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
        audit.record(AuditEntry.of("verification.download", AuditOutcome.SUCCESS)
                .target("verification-task", id, task.getSource())
                .summary("category=" + wanted.value() + ", bytes=" + file.bytes() + ", from="
                        + (file.kept() ? "kept-copy" : "mailin")));
    }

    private static void backToTask(long id, String error, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = "/verification/tasks/" + id;
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flashError", error);
        RequestContextUtils.saveOutputFlashMap(path, request, response);
        response.sendRedirect(request.getContextPath() + path);
    }

    /** The job page's link to a verification operation leads to its task. */
    @GetMapping("/operations/{operationId}")
    String operation(@PathVariable long operationId) {
        return tasks.findFirstByOperationId(operationId).map(task -> "redirect:/verification/tasks/" + task.getId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private VerificationTask task(long id) {
        return tasks.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The doughnut's data as attributes the page script reads: labels, counts and colours. */
    private List<List<String>> chart(VerificationTask task, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (CategoryCount count : task.categories()) {
            labels.add(messages.getMessage("verification.category." + count.category().value(), null,
                    count.category().value(), locale));
            values.add(String.valueOf(count.count()));
            colours.add(count.category().colour());
        }
        return List.of(labels, values, colours);
    }

    private static VerificationTaskStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return VerificationTaskStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String listUrl(VerificationTaskStatus status, String teammate, int page) {
        return UriComponentsBuilder.fromPath("/verification/tasks")
                .queryParamIfPresent("status", Optional.ofNullable(status).map(Enum::name))
                .queryParamIfPresent("teammate", Optional.ofNullable(teammate))
                .queryParam("page", page).build().encode().toUriString();
    }
}
