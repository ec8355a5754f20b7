package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import com.mailindashboard.sandbox.SandboxAzureOrder.SandboxAzureMailbox;
import com.mailindashboard.sandbox.SandboxAzureOrder.Upload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Microsoft (Azure) orders, Z1 to Z11, with the vendor's asynchronous behaviour: an order is "in
 * progress" for its first status reads and "ready" after them; its nameservers arrive after the
 * first status read; once ready with an inbox provider, each upload-status read moves the upload on
 * until it ends with a few mailboxes failed and one already in another account. Kept apart from
 * {@link SandboxState} (its own map, under the state's lock), and forgotten by {@link #reset()}.
 */
@Component
class SandboxAzureOrders {

    static final int MAILBOXES_PER_ORDER = 100;
    static final String CREATED = "Order processed successfully. You can check the order status using the status API endpoint.";
    static final String EXISTS = "Order already exists in your account.";
    static final String NOT_READY = "The order is not ready yet. Please try again later.";
    static final String NO_PROVIDER = "No inbox provider is set for this order.";
    static final List<String> PATTERNS = List.of("{first}.{last}", "{first}", "{f}.{last}", "{first}{l}",
            "{first}_{last}", "{last}.{first}", "{f}{last}", "{first}-{last}");

    private final SandboxState state;
    private final int readsUntilReady;
    private final int uploadStep;
    private final Map<Long, SandboxAzureOrder> orders = new TreeMap<>();
    private long lastId;

    SandboxAzureOrders(SandboxState state, SandboxProperties properties) {
        this.state = state;
        this.readsUntilReady = properties.orderStatusReads();
        this.uploadStep = properties.uploadStep();
    }

    /** Forgets every order. */
    void reset() {
        state.change(() -> {
            orders.clear();
            lastId = 0;
        });
    }

    /** Z1: validates like Mailin and stores the order; answers with no id, as the vendor does. */
    void add(Map<String, Object> body) {
        Map<String, Object> request = body == null ? Map.of() : body;
        String mode = SandboxRules.required("mailbox_mode", text(request.get("mailbox_mode")));
        if (!mode.equals("auto") && !mode.equals("manual")) {
            throw SandboxProblem.invalidField("mailbox_mode", "The selected mailbox mode is invalid.");
        }
        String purchaseText = SandboxRules.required("is_purchase", text(request.get("is_purchase")));
        if (!purchaseText.equals("0") && !purchaseText.equals("1")) {
            throw SandboxProblem.invalidField("is_purchase", "The selected is purchase is invalid.");
        }
        boolean purchase = purchaseText.equals("1");
        String domain = purchase ? SandboxRules.purchasableDomainName("domain", text(request.get("domain")))
                : SandboxRules.domainName("domain", text(request.get("domain")));
        Long providerId = id(request.get("provider_id"), "provider_id");
        Long registrarId = id(request.get("domain_registrar_id"), "domain_registrar_id");
        state.change(() -> {
            if (providerId != null && state.integrations(SandboxIntegrationKind.INBOX_PROVIDER).stream()
                    .noneMatch(p -> p.id() == providerId)) {
                throw SandboxProblem.invalidField("provider_id", "The selected provider id is invalid.");
            }
            if (registrarId != null && state.integrations(SandboxIntegrationKind.REGISTRAR).stream()
                    .noneMatch(r -> r.id() == registrarId)) {
                throw SandboxProblem.invalidField("domain_registrar_id", "The selected domain registrar id is invalid.");
            }
            if (orders.values().stream().anyMatch(o -> o.domain().equals(domain))) {
                throw SandboxProblem.invalid(EXISTS);
            }
            List<String> fullNames = new ArrayList<>();
            List<SandboxAzureMailbox> mailboxes = mode.equals("auto")
                    ? generated(domain, fullNames, request.get("full_name"))
                    : manual(domain, request.get("mailboxes"));
            long id = ++lastId;
            SandboxAzureOrder order = new SandboxAzureOrder(id, state.account().id(), domain, mode, fullNames, purchase,
                    providerId, registrarId, mailboxes, 0, null,
                    providerId == null ? null : Upload.waiting(mailboxes.size()), state.now(), state.now());
            orders.put(id, order);
        });
    }

    /** Z2, newest first. */
    Map<String, Object> list(SandboxPageQuery query, String path) {
        return state.locked(() -> {
            List<SandboxAzureOrder> matching = orders.values().stream()
                    .filter(order -> query.matches(order.domain()))
                    .sorted(Comparator.comparingLong(SandboxAzureOrder::id).reversed()).toList();
            return SandboxPage.of(query.withDefaultPageSize(10), matching,
                    order -> order.listItem(integration(SandboxIntegrationKind.INBOX_PROVIDER, order.providerId()),
                            integration(SandboxIntegrationKind.REGISTRAR, order.registrarId())), path);
        });
    }

    /** Z4: each read counts; ready after the configured number of reads. */
    Map<String, Object> status(long id) {
        return state.locked(() -> {
            SandboxAzureOrder order = order(id).read(state.now());
            orders.put(id, order);
            return ordered("data", ordered("id", id, "status", statusOf(order)));
        });
    }

    /** Z3: no nameservers before the order's first status read, two after it. */
    Map<String, Object> nameservers(long id) {
        return state.locked(() -> {
            SandboxAzureOrder order = order(id);
            List<String> nameservers = order.statusReads() == 0 ? List.of()
                    : List.of("ns1-ms" + id + ".sandbox.mailin.ai", "ns2-ms" + id + ".sandbox.mailin.ai");
            return ordered("status", statusOf(order), "nameservers", nameservers);
        });
    }

    /** Z5: the mailboxes with their passwords once the order is ready; none before. */
    Map<String, Object> mailboxes(long id) {
        return state.locked(() -> {
            SandboxAzureOrder order = order(id);
            List<Map<String, Object>> mailboxes = !order.ready(readsUntilReady) ? List.of()
                    : order.mailboxes().stream().map(m -> ordered("name", m.name(), "username", m.username(),
                            "password", m.password())).toList();
            return ordered("mailboxes", mailboxes);
        });
    }

    /** Z6: the order and its domain go. */
    void remove(long id) {
        state.change(() -> {
            SandboxAzureOrder order = order(id);
            orders.remove(id);
            state.domainNamed(order.domain()).ifPresent(domain -> state.removeDomain(domain.id()));
        });
    }

    /** Z7. */
    void setRedirectDomain(long id, Map<String, Object> body) {
        String forwardTo = SandboxRules.domainName("forward_to", text(body == null ? null : body.get("forward_to")));
        state.change(() -> orders.put(id, order(id).forwardingTo(forwardTo, state.now())));
    }

    /** Z8: the upload starts over with the new provider. */
    void setInboxProvider(long id, Map<String, Object> body) {
        Long providerId = id(body == null ? null : body.get("provider_id"), "provider_id");
        if (providerId == null) {
            throw SandboxProblem.invalidField("provider_id", "The provider id field is required.");
        }
        state.change(() -> {
            SandboxAzureOrder order = order(id);
            state.integration(SandboxIntegrationKind.INBOX_PROVIDER, providerId);
            orders.put(id, order.withProvider(providerId, state.now()));
        });
    }

    /** Z9. */
    void removeInboxProvider(long id) {
        state.change(() -> orders.put(id, order(id).withProvider(null, state.now())));
    }

    /** Z10: 311 unless the order is ready with a provider; the failed mailboxes are tried again. */
    void reUpload(long id) {
        state.change(() -> {
            SandboxAzureOrder order = order(id);
            if (!order.ready(readsUntilReady)) {
                throw SandboxProblem.of(311, SandboxBodies.message(NOT_READY));
            }
            if (order.providerId() == null || order.upload() == null) {
                throw SandboxProblem.of(311, SandboxBodies.message(NO_PROVIDER));
            }
            Upload upload = order.upload();
            orders.put(id, order.withUpload(new Upload(upload.total(), upload.uploaded(), upload.elsewhere(),
                    upload.pending() + upload.failed(), 0), state.now()));
        });
    }

    /**
     * Z11: pending until the order is ready; then each read uploads up to the configured step, and
     * the last step leaves one mailbox already in another account and two failed (once: a re-upload
     * uploads them).
     */
    Map<String, Object> uploadStatus(long id) {
        return state.locked(() -> {
            SandboxAzureOrder order = order(id);
            Upload upload = order.upload() == null ? new Upload(0, 0, 0, 0, 0) : order.upload();
            if (order.upload() != null && order.ready(readsUntilReady) && !upload.done()) {
                upload = advance(upload);
                orders.put(id, order.withUpload(upload, state.now()));
            }
            return ordered("upload_status_summary", ordered("total", upload.total(), "uploaded", upload.uploaded(),
                    "alreadyExistsOtherAccount", upload.elsewhere(), "pending", upload.pending(),
                    "failed", upload.failed()));
        });
    }

    private Upload advance(Upload upload) {
        int step = Math.min(uploadStep, upload.pending());
        int pending = upload.pending() - step;
        boolean firstRun = upload.uploaded() + upload.elsewhere() + upload.failed() + upload.pending() == upload.total()
                && upload.elsewhere() == 0 && upload.failed() == 0;
        if (pending == 0 && firstRun && step >= 3) {
            return new Upload(upload.total(), upload.uploaded() + step - 3, 1, 0, 2);
        }
        return new Upload(upload.total(), upload.uploaded() + step, upload.elsewhere(), pending, upload.failed());
    }

    private String statusOf(SandboxAzureOrder order) {
        return order.ready(readsUntilReady) ? "ready" : "in-progress";
    }

    private SandboxAzureOrder order(long id) {
        return Optional.ofNullable(orders.get(id)).orElseThrow(() -> SandboxProblem.notFound("Order not found."));
    }

    /** A provider's or registrar's list item without its secrets, or null. */
    private Map<String, Object> integration(SandboxIntegrationKind kind, Long id) {
        if (id == null) {
            return null;
        }
        return state.integrations(kind).stream().filter(i -> i.id() == id).findFirst().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>(i.listItem());
            item.remove("api_key");
            return item;
        }).orElse(null);
    }

    private static List<SandboxAzureMailbox> generated(String domain, List<String> fullNames, Object given) {
        if (!(given instanceof List<?> names) || names.isEmpty()) {
            throw SandboxProblem.invalidField("full_name", "The full name field is required when mailbox mode is auto.");
        }
        for (Object name : names) {
            String text = text(name);
            if (text == null || text.isBlank()) {
                throw SandboxProblem.invalidField("full_name", "The full name field must contain names.");
            }
            fullNames.add(text.strip());
        }
        List<SandboxAzureMailbox> mailboxes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int round = 0; mailboxes.size() < MAILBOXES_PER_ORDER; round++) {
            if (round > 0 && mailboxes.isEmpty()) {
                // names without a single letter give no address: numbered mailboxes instead
                for (int n = 1; mailboxes.size() < MAILBOXES_PER_ORDER; n++) {
                    mailboxes.add(new SandboxAzureMailbox(fullNames.getFirst(), "mailbox" + n + "@" + domain,
                            password()));
                }
                return mailboxes;
            }
            for (String pattern : PATTERNS) {
                for (String name : fullNames) {
                    if (mailboxes.size() == MAILBOXES_PER_ORDER) {
                        return mailboxes;
                    }
                    String local = localPart(pattern, name) + (round == 0 ? "" : String.valueOf(round + 1));
                    if (!local.isEmpty() && taken.add(local)) {
                        mailboxes.add(new SandboxAzureMailbox(name, local + "@" + domain, password()));
                    }
                }
            }
        }
        return mailboxes;
    }

    private static List<SandboxAzureMailbox> manual(String domain, Object given) {
        if (!(given instanceof List<?> items) || items.isEmpty()) {
            throw SandboxProblem.invalidField("mailboxes", "The mailboxes field is required when mailbox mode is manual.");
        }
        if (items.size() != MAILBOXES_PER_ORDER) {
            throw SandboxProblem.invalidField("mailboxes", "The mailboxes field must contain "
                    + MAILBOXES_PER_ORDER + " items.");
        }
        List<SandboxAzureMailbox> mailboxes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> item = items.get(i) instanceof Map<?, ?> map ? map : Map.of();
            String field = "mailboxes." + i + ".email";
            String name = SandboxRules.required("mailboxes." + i + ".name", text(item.get("name")));
            String email = SandboxRules.email(field, text(item.get("email")));
            if (!SandboxRules.domainOf(email).equals(domain)) {
                throw SandboxProblem.invalidField(field, "Email must belong to the given domain.");
            }
            if (!seen.add(email)) {
                throw SandboxProblem.invalidField(field, "The " + field.replace('_', ' ')
                        + " field has a duplicate value.");
            }
            mailboxes.add(new SandboxAzureMailbox(name, email, password()));
        }
        return mailboxes;
    }

    private static String localPart(String pattern, String fullName) {
        String[] words = fullName.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip().split("\\s+");
        String first = words[0];
        String last = words.length > 1 ? words[words.length - 1] : "";
        if (last.isEmpty() && (pattern.contains("{last}") || pattern.contains("{l}"))) {
            return first;
        }
        return pattern.replace("{first}", first).replace("{last}", last)
                .replace("{f}", first.isEmpty() ? "" : first.substring(0, 1))
                .replace("{l}", last.isEmpty() ? "" : last.substring(0, 1));
    }

    private static String password() {
        return "Ms" + SandboxRandom.alphanumeric(10) + "!" + SandboxRandom.digits(2);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Long id(Object value, String field) {
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw SandboxProblem.invalidField(field, "The " + field.replace('_', ' ') + " field must be an integer.");
        }
    }
}
