package com.mailindashboard.integrations;

import com.mailindashboard.gateway.AzureOrder;
import com.mailindashboard.gateway.AzureOrderClient;
import com.mailindashboard.gateway.InboxProvider;
import com.mailindashboard.gateway.InboxProviderClient;
import com.mailindashboard.gateway.InboxProviderRequest;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.MailinValidationException;
import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.gateway.Registrar;
import com.mailindashboard.gateway.RegistrarClient;
import com.mailindashboard.gateway.RegistrarRequest;
import com.mailindashboard.web.Text;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Inbox providers and registrars: the checks per kind before any call, the requests (only the
 * kind's fields, only those given; secrets never anywhere but in the request), and which orders
 * use each one (from Z2).
 */
@Service
public class IntegrationService {

    static final int MAX_FIELD = 255;
    static final int USAGE_PAGES = 10;
    private static final Pattern IPV4 =
            Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:]{2,39}$");
    /** Mailin's field names (snake_case) to the form's. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "name"), Map.entry("provider", "type"),
            Map.entry("api_key", "apiKey"), Map.entry("secret_api_key", "secretApiKey"),
            Map.entry("password", "password"), Map.entry("oauth_url", "oauthUrl"), Map.entry("username", "username"),
            Map.entry("workspace_id", "workspaceId"), Map.entry("api_user", "apiUser"),
            Map.entry("whitelisted_ip", "whitelistedIp"), Map.entry("customer_id", "customerId"));

    private final InboxProviderClient providers;
    private final RegistrarClient registrars;
    private final AzureOrderClient orders;

    IntegrationService(InboxProviderClient providers, RegistrarClient registrars, AzureOrderClient orders) {
        this.providers = providers;
        this.registrars = registrars;
        this.orders = orders;
    }

    /** Problems by form field; empty when the form can be sent. */
    public Map<String, MessageSourceResolvable> check(IntegrationKind kind, IntegrationForm form, boolean adding) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        String name = form.value("name");
        if (name == null) {
            errors.put("name", Text.of("integrations.error.required"));
        } else if (name.length() > 100) {
            errors.put("name", Text.of("integrations.error.long", 100));
        }
        IntegrationType type = IntegrationType.of(kind, form.getType()).orElse(null);
        if (type == null) {
            errors.put("type", Text.of("integrations.error.type"));
            return errors;
        }
        for (String field : type.fields()) {
            String value = form.value(field);
            if (value == null) {
                if (type.needs(field, adding)) {
                    errors.put(field, Text.of("integrations.error.required"));
                }
            } else if (value.length() > MAX_FIELD) {
                errors.put(field, Text.of("integrations.error.long", MAX_FIELD));
            } else if (field.equals("whitelistedIp") && !ip(value)) {
                errors.put(field, Text.of("integrations.error.ip"));
            } else if (field.equals("oauthUrl") && !url(value)) {
                errors.put(field, Text.of("integrations.error.url"));
            }
        }
        return errors;
    }

    /** Mailin's 422 field errors by the form's field names (fields the form does not have are left out). */
    public static Map<String, MessageSourceResolvable> fieldErrors(MailinValidationException e) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, list) -> {
            String mapped = FIELDS.get(field);
            if (mapped != null && !list.isEmpty()) {
                errors.put(mapped, Text.plain(String.join(" ", list)));
            }
        });
        return errors;
    }

    public long add(IntegrationKind kind, IntegrationForm form) {
        IntegrationType type = IntegrationType.of(kind, form.getType()).orElseThrow();
        return kind == IntegrationKind.PROVIDER ? providers.add(providerRequest(type, form)).providerId()
                : registrars.add(registrarRequest(type, form)).id();
    }

    void update(IntegrationKind kind, long id, IntegrationForm form) {
        IntegrationType type = IntegrationType.of(kind, form.getType()).orElseThrow();
        if (kind == IntegrationKind.PROVIDER) {
            providers.update(id, providerRequest(type, form));
        } else {
            registrars.update(id, registrarRequest(type, form));
        }
    }

    void delete(IntegrationKind kind, long id) {
        if (kind == IntegrationKind.PROVIDER) {
            providers.delete(id);
        } else {
            registrars.delete(id);
        }
    }

    MailinPage<InboxProvider> providerPage(int page, int perPage) {
        return providers.list(PageRequest.of(page, perPage));
    }

    MailinPage<Registrar> registrarPage(int page, int perPage) {
        return registrars.list(PageRequest.of(page, perPage));
    }

    /** Which orders use which provider and registrar, from Z2. */
    IntegrationUsage usage() {
        Map<Long, List<String>> byProvider = new HashMap<>();
        Map<Long, List<String>> byRegistrar = new HashMap<>();
        for (int number = 1; number <= USAGE_PAGES; number++) {
            MailinPage<AzureOrder> page = orders.list(PageRequest.of(number, 100));
            for (AzureOrder order : page.data()) {
                if (order.providerId() != null) {
                    byProvider.computeIfAbsent(order.providerId(), id -> new ArrayList<>()).add(order.domain());
                }
                if (order.domainRegistrarId() != null) {
                    byRegistrar.computeIfAbsent(order.domainRegistrarId(), id -> new ArrayList<>()).add(order.domain());
                }
            }
            if (!page.hasNext() || page.data().isEmpty()) {
                break;
            }
        }
        return new IntegrationUsage(byProvider, byRegistrar);
    }

    private static InboxProviderRequest providerRequest(IntegrationType type, IntegrationForm form) {
        return new InboxProviderRequest(form.value("name"), type.wire(), given(type, form, "apiKey"),
                given(type, form, "oauthUrl"), given(type, form, "username"), given(type, form, "password"),
                given(type, form, "workspaceId"));
    }

    private static RegistrarRequest registrarRequest(IntegrationType type, IntegrationForm form) {
        return new RegistrarRequest(form.value("name"), type.wire(), given(type, form, "apiKey"),
                given(type, form, "secretApiKey"), given(type, form, "apiUser"), given(type, form, "username"),
                given(type, form, "whitelistedIp"), given(type, form, "customerId"));
    }

    /** The field's value when the kind takes it and it was typed; null (not sent) otherwise. */
    private static String given(IntegrationType type, IntegrationForm form, String field) {
        return type.takes(field) ? form.value(field) : null;
    }

    private static boolean ip(String value) {
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        if (!value.contains(":") || !IPV6.matcher(value).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(value) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean url(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

}
