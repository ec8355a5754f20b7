package com.mailindashboard.orders;

import com.mailindashboard.approvals.ApprovalGate;
import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.csv.CsvCells;
import com.mailindashboard.domains.DomainNameRules;
import com.mailindashboard.gateway.AzureOrder;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.AzureOrderMailbox;
import com.mailindashboard.gateway.AzureOrderNameservers;
import com.mailindashboard.gateway.AzureOrderStatus;
import com.mailindashboard.gateway.AzureOrderUploadStatus;
import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.MailinDomain;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinMessage;
import com.mailindashboard.gateway.MailinRefusedException;
import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.integrations.IntegrationDirectory;
import com.mailindashboard.mailboxes.export.ExportedMailbox;
import com.mailindashboard.mailboxes.export.MailboxExportFormat;
import com.mailindashboard.secrets.Masking;
import com.mailindashboard.web.MailinProblem;
import com.mailindashboard.web.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /orders/{id}}: one Microsoft order: its timeline, nameservers (Z3) with the instruction
 * when the domain is not at a connected registrar, mailboxes (Z5) with passwords masked and an
 * audited reveal for admins and operators, the upload to the inbox provider (Z11), exports in the
 * sequencers' formats (Microsoft's hosts and ports), and the actions Z6-Z10. Each panel degrades
 * alone when Mailin cannot answer it.
 */
@Controller
@RequestMapping("/orders/{id:\\d+}")
class OrderDetailController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final int DOMAIN_CHOICES = 100;

    private final OrderFinder finder;
    private final AzureOrderClient azure;
    private final DomainClient domains;
    private final PlacedOrderRepository placed;
    private final IntegrationDirectory integrations;
    private final OrderActions actions;
    private final OrderSecrets secrets;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    OrderDetailController(OrderFinder finder, AzureOrderClient azure, DomainClient domains,
                          PlacedOrderRepository placed, IntegrationDirectory integrations, OrderActions actions,
                          OrderSecrets secrets, AuditLog audit, MessageSource messages, Clock clock) {
        this.finder = finder;
        this.azure = azure;
        this.domains = domains;
        this.placed = placed;
        this.integrations = integrations;
        this.actions = actions;
        this.secrets = secrets;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** One step of the timeline: its message key and when it happened (null: not yet). */
    record Step(String key, Instant at) {
    }

    @GetMapping
    String show(@PathVariable long id, Model model, Locale locale) {
        AzureOrder order = finder.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PlacedOrder known = placed.findByUpstreamId(id).orElse(null);
        OrderRow row = new OrderRow(order, known);
        Outcome<AzureOrderStatus> status = Outcome.of(() -> azure.status(id));
        Outcome<AzureOrderNameservers> nameservers = Outcome.of(() -> azure.nameservers(id));
        Outcome<List<AzureOrderMailbox>> mailboxes = Outcome.of(() -> azure.mailboxes(id));
        Outcome<AzureOrderUploadStatus> upload = order.providerId() == null ? null
                : Outcome.of(() -> azure.uploadStatus(id));
        boolean ready = status.ok() ? status.value().ready() : row.ready();
        AzureOrderUploadStatus counts = upload != null && upload.ok() ? upload.value() : row.upload();
        model.addAttribute("order", order);
        model.addAttribute("row", row);
        model.addAttribute("known", known);
        model.addAttribute("status", status);
        model.addAttribute("statusBadge", OrderRow.badgeOf(status.ok() ? status.value().status() : row.status()));
        model.addAttribute("ready", ready);
        model.addAttribute("nameservers", nameservers);
        model.addAttribute("mailboxes", mailboxes);
        model.addAttribute("upload", upload);
        model.addAttribute("counts", counts);
        model.addAttribute("reUpload", ready && counts != null && counts.failed() != null && counts.failed() > 0
                && !counts.inProgress());
        model.addAttribute("timeline", timeline(order, known));
        model.addAttribute("job", actions.job(id).orElse(null));
        model.addAttribute("mask", Masking.MASK);
        model.addAttribute("formats", MailboxExportFormat.values());
        model.addAttribute("providers", Outcome.of(integrations::providers));
        model.addAttribute("domainChoices", Outcome.of(() -> domains.domains(PageRequest.first(DOMAIN_CHOICES)).data()
                .stream().map(MailinDomain::name).filter(n -> n != null && !n.equalsIgnoreCase(order.domain()))
                .toList()));
        return "orders/detail";
    }

    @PostMapping("/master-domain")
    String masterDomain(@PathVariable long id, @RequestParam(defaultValue = "") String forwardTo,
                        RedirectAttributes redirect, Locale locale) {
        List<DomainNameRules.Verdict> verdicts = DomainNameRules.check(List.of(forwardTo), false);
        if (verdicts.isEmpty() || !verdicts.getFirst().ok()) {
            redirect.addFlashAttribute("flashError", text("orders.master.invalid", locale));
            redirect.addFlashAttribute("forwardTo", forwardTo);
            return back(id);
        }
        String master = verdicts.getFirst().name();
        return act(id, redirect, locale, () -> actions.setMasterDomain(id, master), "orders.master.done", master);
    }

    @PostMapping("/provider")
    String setProvider(@PathVariable long id, @RequestParam(required = false) Long providerId, Authentication auth,
                       RedirectAttributes redirect, Locale locale) {
        if (providerId == null) {
            redirect.addFlashAttribute("flashError", text("orders.provider.choose", locale));
            return back(id);
        }
        return act(id, redirect, locale, () -> actions.setProvider(id, providerId, auth.getName()),
                "orders.provider.set", providerId);
    }

    @PostMapping("/provider/remove")
    String removeProvider(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> actions.removeProvider(id), "orders.provider.removed");
    }

    @PostMapping("/re-upload")
    String reUpload(@PathVariable long id, Authentication auth, RedirectAttributes redirect, Locale locale) {
        try {
            actions.reUpload(id, auth.getName());
            redirect.addFlashAttribute("flashSuccess", text("orders.re-upload.done", locale));
        } catch (MailinRefusedException e) {
            String said = e.upstreamMessage() == null ? "" : " " + text("orders.mailin-said", locale, e.upstreamMessage());
            redirect.addFlashAttribute("flashError", text("orders.re-upload.not-ready", locale) + said);
        } catch (MailinException e) {
            redirect.addFlashAttribute("flashError", problem(e, locale));
        }
        return back(id);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "") String confirmDomain,
                  Authentication auth, RedirectAttributes redirect, Locale locale) {
        AzureOrder order = finder.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!confirmDomain.strip().equalsIgnoreCase(order.domain())) {
            redirect.addFlashAttribute("flashError", text("orders.delete.mismatch", locale, order.domain()));
            return back(id);
        }
        var held = actions.heldDeletion(id, order.domain(), auth.getName());
        if (held.isPresent()) {
            return ApprovalGate.redirectTo(held.get(), redirect);
        }
        try {
            actions.delete(id);
        } catch (MailinException e) {
            redirect.addFlashAttribute("flashError", problem(e, locale));
            return back(id);
        }
        redirect.addFlashAttribute("flashSuccess", text("orders.delete.done", locale, order.domain()));
        return "redirect:/orders";
    }

    /** A mailbox's password, for admins and operators, audited; with htmx only the cell is replaced. */
    @PostMapping("/mailboxes/reveal")
    @PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
    String reveal(@PathVariable long id, @RequestParam String username,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        model.addAttribute("orderId", id);
        model.addAttribute("reveal", secrets.password(id, username));
        return "true".equals(htmx) ? "orders/reveal :: cell" : "orders/reveal";
    }

    @GetMapping("/export.csv")
    String export(@PathVariable long id, @RequestParam(defaultValue = "GENERIC") MailboxExportFormat format,
                  @RequestParam(defaultValue = "false") boolean includePasswords, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        if (includePasswords && !request.isUserInRole("ADMIN") && !request.isUserInRole("OPERATOR")) {
            throw new AccessDeniedException("Exporting passwords needs the admin or operator role");
        }
        List<AzureOrderMailbox> mailboxes = azure.mailboxes(id);
        String filename = "order-" + id + "-" + format.fileSuffix() + "-" + STAMP.format(clock.instant()) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        AuditOutcome outcome = AuditOutcome.FAILURE;
        int written = 0;
        try {
            Writer out = response.getWriter();
            writeCsv(out, format, mailboxes, includePasswords);
            written = mailboxes.size();
            outcome = AuditOutcome.SUCCESS;
        } finally {
            audit.record(AuditEntry.of("orders.export", outcome).target("azure-order", id, filename)
                    .summary("format=" + format + ", passwords=" + includePasswords + ", rows=" + written));
        }
        return null;
    }

    /** The CSV of an order's mailboxes in a sequencer's format. */
    static void writeCsv(Writer out, MailboxExportFormat format, List<AzureOrderMailbox> mailboxes,
                         boolean includePasswords) throws IOException {
        out.write(CsvCells.row(format.header()));
        for (AzureOrderMailbox mailbox : mailboxes) {
            out.write(CsvCells.row(format.row(ExportedMailbox.microsoft(mailbox.name(), mailbox.username(),
                    mailbox.password(), includePasswords))));
        }
        out.flush();
    }

    private static List<Step> timeline(AzureOrder order, PlacedOrder known) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("orders.timeline.placed", known != null ? known.getPlacedAt()
                : OrderFinder.createdAt(order).orElse(null)));
        if (known != null) {
            steps.add(new Step("orders.timeline.found", known.getFoundAt()));
            steps.add(new Step("orders.timeline.in-progress", known.getInProgressAt()));
            steps.add(new Step("orders.timeline.nameservers", known.getNameserversAt()));
            steps.add(new Step("orders.timeline.ready", known.getReadyAt()));
            if (known.getProviderId() != null || known.getUploadStartedAt() != null) {
                steps.add(new Step("orders.timeline.uploaded", known.getUploadedAt()));
            }
        }
        return steps;
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, Supplier<MailinMessage> call,
                       String doneKey, Object... args) {
        try {
            call.get();
            redirect.addFlashAttribute("flashSuccess", text(doneKey, locale, args));
        } catch (MailinException e) {
            redirect.addFlashAttribute("flashError", problem(e, locale));
        }
        return back(id);
    }

    private String problem(MailinException e, Locale locale) {
        return messages.getMessage(MailinProblem.of(e).summary(), locale);
    }

    private static String back(long id) {
        return "redirect:/orders/" + id;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
