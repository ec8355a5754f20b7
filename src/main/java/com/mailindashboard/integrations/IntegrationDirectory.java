package com.mailindashboard.integrations;

import com.mailindashboard.gateway.InboxProvider;
import com.mailindashboard.gateway.InboxProviderClient;
import com.mailindashboard.gateway.MailinPage;
import com.mailindashboard.gateway.PageRequest;
import com.mailindashboard.gateway.Registrar;
import com.mailindashboard.gateway.RegistrarClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The account's inbox providers (P2) and registrars (R2) as whole lists, for choosing one (an
 * order's provider or registrar) and for finding one by id (P2/R2 have no single read): page by
 * page, 100 at a time, up to {@value #MAX_PAGES} pages.
 */
@Component
public class IntegrationDirectory {

    static final int PER_PAGE = 100;
    static final int MAX_PAGES = 20;

    private final InboxProviderClient providers;
    private final RegistrarClient registrars;

    IntegrationDirectory(InboxProviderClient providers, RegistrarClient registrars) {
        this.providers = providers;
        this.registrars = registrars;
    }

    public List<InboxProvider> providers() {
        return all(providers::list);
    }

    public List<Registrar> registrars() {
        return all(registrars::list);
    }

    public Optional<InboxProvider> provider(long id) {
        return providers().stream().filter(p -> p.id() != null && p.id() == id).findFirst();
    }

    public Optional<Registrar> registrar(long id) {
        return registrars().stream().filter(r -> r.id() != null && r.id() == id).findFirst();
    }

    private static <T> List<T> all(Function<PageRequest, MailinPage<T>> list) {
        List<T> all = new ArrayList<>();
        for (int number = 1; number <= MAX_PAGES; number++) {
            MailinPage<T> page = list.apply(PageRequest.of(number, PER_PAGE));
            all.addAll(page.data());
            if (!page.hasNext() || page.data().isEmpty()) {
                break;
            }
        }
        return all;
    }
}
