package com.mailindashboard.jobs;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every full page a signed-in teammate opens knows the number of active jobs and that teammate's
 * jobs that ended unseen ({@link JobNotices}): two indexed queries, skipped for anonymous
 * visitors, writes, htmx fragments and error dispatches.
 */
@ControllerAdvice
class JobNoticesAdvice {

    private final JobLedger ledger;

    JobNoticesAdvice(JobLedger ledger) {
        this.ledger = ledger;
    }

    @ModelAttribute
    void jobNotices(HttpServletRequest request, Principal principal, Model model) {
        if (principal == null || !HttpMethod.GET.matches(request.getMethod())
                || request.getDispatcherType() != DispatcherType.REQUEST || request.getHeader("HX-Request") != null) {
            return;
        }
        String query = request.getQueryString();
        String back = request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
        // lazy: the two queries run only when the layout is rendered (not for downloads or redirects)
        String who = principal.getName();
        model.addAttribute("jobNotices", new LazyJobNotices(() ->
                new JobNotices(ledger.activeCount(), ledger.endedUnseen(who), back)));
    }
}
