package com.mailindashboard.approvals;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every full page a signed-in teammate opens knows, lazily (queried only when the layout renders
 * it): how many requests wait for approval (for teammates who may approve) and the requester's
 * decided requests not opened since (their notices). The settings page also gets the policy form.
 */
@ControllerAdvice
class ApprovalPageAdvice {

    private final ApprovalService approvals;
    private final ApprovalPolicies policies;

    ApprovalPageAdvice(ApprovalService approvals, ApprovalPolicies policies) {
        this.approvals = approvals;
        this.policies = policies;
    }

    @ModelAttribute
    void approvalNotices(HttpServletRequest request, Authentication auth, Model model) {
        if (auth == null || !HttpMethod.GET.matches(request.getMethod())
                || request.getDispatcherType() != DispatcherType.REQUEST || request.getHeader("HX-Request") != null) {
            return;
        }
        String who = auth.getName();
        var authorities = ApprovalController.authorities(auth);
        model.addAttribute("approvalNotices", new LazyApprovalNotices(() -> {
            boolean approver = approvals.mayApprove(authorities);
            return new ApprovalNotices(approver, approver ? approvals.pendingCount() : 0, approvals.decidedUnseen(who));
        }));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/settings".equals(path) && !model.containsAttribute(ApprovalPolicyController.FORM)) {
            model.addAttribute(ApprovalPolicyController.FORM, policies.current().form());
        }
    }
}
