package com.mailindashboard.approvals;

import com.mailindashboard.paging.PageParams;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /approvals}: pending or decided requests (filtered by action), one request with the exact
 * preview its requester saw, and approve / reject (with a reason) for the teammates the policy
 * names, never the requester.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalController {

    static final int PAGE_SIZE = 25;

    private final ApprovalService approvals;
    private final MessageSource messages;
    private final JsonMapper json;

    ApprovalController(ApprovalService approvals, MessageSource messages, JsonMapper json) {
        this.approvals = approvals;
        this.messages = messages;
        this.json = json;
    }

    /** Which requests the list shows: waiting ones (the default) or decided ones. */
    enum Shown {
        PENDING(EnumSet.of(ApprovalState.PENDING)),
        DECIDED(EnumSet.of(ApprovalState.APPROVED, ApprovalState.REJECTED, ApprovalState.EXPIRED));

        final Set<ApprovalState> states;

        Shown(Set<ApprovalState> states) {
            this.states = states;
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String shown, @RequestParam(required = false) String action,
                @RequestParam(required = false) String page, Model model) {
        Shown which = "decided".equalsIgnoreCase(shown) ? Shown.DECIDED : Shown.PENDING;
        ApprovalAction chosen = parse(action);
        int number = PageParams.page(page);
        Page<ApprovalRequest> found = approvals.list(which.states, chosen == null ? List.of() : List.of(chosen),
                PageRequest.of(number - 1, PAGE_SIZE));
        model.addAttribute("requests", found.getContent());
        model.addAttribute("shown", which.name().toLowerCase(Locale.ROOT));
        model.addAttribute("action", chosen);
        model.addAttribute("actions", ApprovalAction.values());
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
        model.addAttribute("previousUrl", number > 1 ? url(which, chosen, number - 1) : null);
        model.addAttribute("nextUrl", found.hasNext() ? url(which, chosen, number + 1) : null);
        return "approvals/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication auth, Model model) {
        ApprovalRequest request = approvals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (request.getRequestedBy().equals(auth.getName()) && !request.isRequesterSeen()) {
            approvals.markSeen(id, auth.getName());
        }
        model.addAttribute("request", request);
        model.addAttribute("preview", previewOf(request));
        model.addAttribute("own", request.getRequestedBy().equalsIgnoreCase(auth.getName()));
        model.addAttribute("mayDecide", approvals.mayApprove(authorities(auth)));
        return "approvals/detail";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, Authentication auth, RedirectAttributes redirect, Locale locale) {
        try {
            ApprovalResult result = approvals.approve(id, auth.getName(), authorities(auth));
            redirect.addFlashAttribute(result.success() ? "flashSuccess" : "flashError",
                    messages.getMessage("approvals.approved." + (result.success() ? "sent" : "not-sent"),
                            new Object[] {id, result.state()}, locale));
            return result.path() == null ? "redirect:/approvals/" + id : "redirect:" + result.path();
        } catch (ApprovalRefusal refusal) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refusal.messageKey(), null, locale));
            return "redirect:/approvals/" + id;
        }
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication auth,
                  RedirectAttributes redirect, Locale locale) {
        try {
            approvals.reject(id, auth.getName(), authorities(auth), reason.length() > 1000 ? reason.substring(0, 1000)
                    : reason);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("approvals.rejected", new Object[] {id},
                    locale));
        } catch (ApprovalRefusal refusal) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refusal.messageKey(), null, locale));
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/approvals/" + id;
    }

    /** The stored preview as a tree, for the page's per-action rendering. */
    private JsonNode previewOf(ApprovalRequest request) {
        return json.readTree(request.getPreview());
    }

    static List<String> authorities(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static ApprovalAction parse(String action) {
        for (ApprovalAction candidate : ApprovalAction.values()) {
            if (candidate.name().equalsIgnoreCase(action)) {
                return candidate;
            }
        }
        return null;
    }

    private static String url(Shown shown, ApprovalAction action, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/approvals")
                .queryParam("shown", shown.name().toLowerCase(Locale.ROOT));
        if (action != null) {
            url.queryParam("action", action.name());
        }
        return url.queryParam("page", page).toUriString();
    }
}
