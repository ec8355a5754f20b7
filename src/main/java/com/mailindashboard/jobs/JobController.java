package com.mailindashboard.jobs;

import com.mailindashboard.notices.LayoutNotices;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /jobs}: every teammate can follow the job ledger, filtered and paged, and open a job's
 * timeline. While something shown is active, htmx refreshes the table or the job's status part
 * from the fragment endpoints every few seconds; the refresh stops once nothing shown is active.
 */
@Controller
@RequestMapping("/jobs")
class JobController {

    static final String REFRESH = "every 3s";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    private final JobLedger ledger;
    private final JobPoller poller;

    JobController(JobLedger ledger, JobPoller poller) {
        this.ledger = ledger;
        this.poller = poller;
    }

    @GetMapping
    String list(@ModelAttribute("filter") JobFilter filter, Model model) {
        fillTable(filter, model);
        model.addAttribute("kinds", JobKind.values());
        model.addAttribute("statuses", statusChoices());
        model.addAttribute("pageSizes", JobFilter.PAGE_SIZES);
        return "jobs/list";
    }

    /** The table alone, for the htmx refresh of the list. */
    @GetMapping("/table")
    String table(@ModelAttribute("filter") JobFilter filter, Model model) {
        fillTable(filter, model);
        return "jobs/list :: jobsTable";
    }

    private void fillTable(JobFilter filter, Model model) {
        int size = filter.pageSize();
        Page<Job> jobs = search(filter, PageRequest.of(filter.pageNumber() - 1, size, NEWEST_FIRST));
        int lastPage = Math.max(0, jobs.getTotalPages() - 1);
        if (jobs.getNumber() > lastPage) {
            jobs = search(filter, PageRequest.of(lastPage, size, NEWEST_FIRST));
        }
        int number = jobs.getNumber() + 1;
        Map<String, String> parameters = filter.parameters();
        parameters.put("page", String.valueOf(number));
        model.addAttribute("jobs", jobs);
        model.addAttribute("rows", jobs.getContent().stream().map(JobRow::of).toList());
        model.addAttribute("refresh", jobs.getContent().stream().anyMatch(Job::isActive) ? REFRESH : null);
        model.addAttribute("tableUrl", url("/jobs/table", parameters));
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", Math.max(1, jobs.getTotalPages()));
        model.addAttribute("previousUrl", jobs.hasPrevious() ? pageUrl(filter, number - 1) : null);
        model.addAttribute("nextUrl", jobs.hasNext() ? pageUrl(filter, number + 1) : null);
    }

    /** The job page; opening it as the one who started the job marks its end as seen. */
    @GetMapping("/{id}")
    String detail(@PathVariable long id, Principal principal, Model model) {
        Job job = show(id, principal, model);
        model.addAttribute("detailText", String.join("\n", job.getDetail()));
        if (model.getAttribute("jobNotices") instanceof LayoutNotices<?> notices) {
            @SuppressWarnings("unchecked")
            LayoutNotices<JobNotices> mine = (LayoutNotices<JobNotices>) notices;
            model.addAttribute("jobNotices", mine.map(shown -> shown.without(id)));
        }
        return "jobs/detail";
    }

    /** The status part of the job page alone, for its htmx refresh. */
    @GetMapping("/{id}/live")
    String live(@PathVariable long id, Principal principal, Model model) {
        show(id, principal, model);
        return "jobs/detail :: live";
    }

    /** Dismisses the notice of a job's end; only the teammate who started the job can. */
    @PostMapping("/{id}/seen")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String back, Principal principal,
                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Job job = find(id);
        if (!job.getStartedBy().equals(principal.getName())) {
            throw new AccessDeniedException("Only the teammate who started job " + id + " can dismiss its notice");
        }
        ledger.markSeen(id, principal.getName());
        return htmx != null ? "jobs/notices :: dismissed" : "redirect:" + JobNotices.safeBack(back);
    }

    /** Dismisses all of this teammate's notices at once. */
    @PostMapping("/notices/dismiss-all")
    String dismissAll(@RequestParam(required = false) String back, Principal principal,
                      @RequestHeader(value = "HX-Request", required = false) String htmx) {
        ledger.markAllSeen(principal.getName());
        return htmx != null ? "jobs/notices :: dismissed" : "redirect:" + JobNotices.safeBack(back);
    }

    private Job show(long id, Principal principal, Model model) {
        Job job = find(id);
        if (principal != null && job.getStartedBy().equals(principal.getName()) && !job.isSeenByStarter()) {
            ledger.markSeen(id, principal.getName());
        }
        model.addAttribute("job", job);
        JobTracker tracker = poller.tracker(job.getKind());
        model.addAttribute("results", ResultLink.of(job, tracker));
        model.addAttribute("operationPage", tracker == null || job.getOperationId() == null ? null : tracker.operationPage(job));
        model.addAttribute("timeline", ledger.timeline(id));
        model.addAttribute("deliveries", ledger.deliveries(id));
        model.addAttribute("refresh", job.isActive() ? REFRESH : null);
        return job;
    }

    private Job find(long id) {
        return ledger.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Page<Job> search(JobFilter filter, Pageable page) {
        return ledger.search(filter.kindValue(), filter.statusesValue(), filter.whoValue(), filter.createdFrom(),
                filter.createdBefore(), page);
    }

    /** The status filter's choices: "active" (not ended), then each status. */
    private static List<String> statusChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(JobFilter.ACTIVE);
        Arrays.stream(JobStatus.values()).map(Enum::name).forEach(choices::add);
        return choices;
    }

    private static String pageUrl(JobFilter filter, int page) {
        Map<String, String> parameters = filter.parameters();
        parameters.put("page", String.valueOf(page));
        return url("/jobs", parameters);
    }

    /** The path with the parameters strictly encoded, so that {@code +}, {@code &} and the like survive. */
    private static String url(String path, Map<String, String> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        parameters.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        return builder.encode().buildAndExpand(parameters).toUriString();
    }
}
