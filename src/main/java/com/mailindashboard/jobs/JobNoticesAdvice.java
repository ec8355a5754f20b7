package com.mailindashboard.jobs;

import com.mailindashboard.notices.LayoutNotices;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every full page a signed-in teammate opens knows the number of active jobs and that teammate's
 * jobs that ended unseen ({@link JobNotices}): two indexed queries, remembered for a short time
 * ({@link RecentJobNotices}), skipped for anonymous visitors, writes, htmx fragments and error dispatches.
 */
@ControllerAdvice
class JobNoticesAdvice {

    private final JobLedger ledger;
    private final RecentJobNotices recent;

    JobNoticesAdvice(JobLedger ledger, RecentJobNotices recent) {
        this.ledger = ledger;
        this.recent = recent;
    }

    @ModelAttribute
    void jobNotices(HttpServletRequest request, Principal principal, Model model) {
        if (!LayoutNotices.shownOn(request, principal)) {
            return;
        }
        String query = request.getQueryString();
        String back = request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
        // lazy: read only when the layout is rendered (not for downloads or redirects), and then
        // remembered for a short time (dropped by any change to a job)
        String who = principal.getName();
        model.addAttribute("jobNotices", new LayoutNotices<>(() -> recent.of(ledger, who, back)));
    }
}
