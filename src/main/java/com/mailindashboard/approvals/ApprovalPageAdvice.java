package com.mailindashboard.approvals;

import com.mailindashboard.notices.LayoutNotices;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every full page a signed-in teammate opens knows, lazily (read only when the layout renders
 * it, then remembered for a short time: {@link RecentApprovalNotices}): how many requests wait
 * for approval (for teammates who may approve) and the requester's
 * decided requests not opened since (their notices). The settings page also gets the policy form.
 */
@ControllerAdvice
class ApprovalPageAdvice {

    private final ApprovalService approvals;
    private final ApprovalPolicies policies;
    private final RecentApprovalNotices recent;

    ApprovalPageAdvice(ApprovalService approvals, ApprovalPolicies policies, RecentApprovalNotices recent) {
        this.approvals = approvals;
        this.policies = policies;
        this.recent = recent;
    }

    @ModelAttribute
    void approvalNotices(HttpServletRequest request, Authentication auth, Model model) {
        if (!LayoutNotices.shownOn(request, auth)) {
            return;
        }
        String who = auth.getName();
        var authorities = ApprovalController.authorities(auth);
        model.addAttribute("approvalNotices", new LayoutNotices<>(() -> recent.of(approvals, who, authorities)));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/settings".equals(path) && !model.containsAttribute(ApprovalPolicyController.FORM)) {
            model.addAttribute(ApprovalPolicyController.FORM, policies.current().form());
        }
    }
}
