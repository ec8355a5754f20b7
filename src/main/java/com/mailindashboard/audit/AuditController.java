package com.mailindashboard.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /audit}: every teammate can read the audit log, filter it, page through it and export it. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Map<AuditOutcome, String> BADGES = Map.of(
            AuditOutcome.SUCCESS, "text-bg-success",
            AuditOutcome.FAILURE, "text-bg-danger",
            AuditOutcome.DENIED, "text-bg-warning",
            AuditOutcome.UNKNOWN, "text-bg-secondary");

    private final AuditSearch search;
    private final AuditExport export;
    private final Clock clock;

    AuditController(AuditSearch search, AuditExport export, Clock clock) {
        this.search = search;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult result, Model model) {
        int size = filter.pageSize();
        filter.setSize(String.valueOf(size));
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("pageSizes", AuditFilterForm.PAGE_SIZES);
        model.addAttribute("badges", BADGES);
        if (result.hasErrors()) {
            return "audit/list";
        }
        AuditFilter criteria = filter.toFilter();
        Page<AuditEvent> events = search.search(criteria, PageRequest.of(filter.pageNumber() - 1, size));
        int lastPage = Math.max(0, events.getTotalPages() - 1);
        if (events.getNumber() > lastPage) {
            events = search.search(criteria, PageRequest.of(lastPage, size));
        }
        int number = events.getNumber() + 1;
        model.addAttribute("events", events);
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", Math.max(1, events.getTotalPages()));
        model.addAttribute("previousUrl", events.hasPrevious() ? pageUrl(filter, number - 1) : null);
        model.addAttribute("nextUrl", events.hasNext() ? pageUrl(filter, number + 1) : null);
        model.addAttribute("exportUrl", url("/audit/export.csv", filter.filterParameters()));
        return "audit/list";
    }

    /** The filtered events as CSV (all pages), streamed; bad filter input goes back to the page with its errors. */
    @GetMapping("/export.csv")
    void export(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (result.hasErrors()) {
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + "/audit" + (query == null ? "" : "?" + query));
            return;
        }
        String filename = "audit-" + FILE_TIME.format(clock.instant()) + ".csv";
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        export.write(filter.toFilter(), response.getWriter());
    }

    private static String pageUrl(AuditFilterForm filter, int page) {
        Map<String, String> parameters = filter.filterParameters();
        parameters.put("size", String.valueOf(filter.pageSize()));
        parameters.put("page", String.valueOf(page));
        return url("/audit", parameters);
    }

    /** The path with the parameters form-encoded, so that {@code +}, {@code &} and the like survive. */
    private static String url(String path, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
