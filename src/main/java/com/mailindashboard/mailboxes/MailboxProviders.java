package com.mailindashboard.mailboxes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The {@link ProviderMailboxes} of each {@link MailboxProvider}; every provider has exactly one. */
@Component
class MailboxProviders {

    private final Map<MailboxProvider, ProviderMailboxes> byProvider = new EnumMap<>(MailboxProvider.class);

    MailboxProviders(List<ProviderMailboxes> implementations) {
        for (ProviderMailboxes implementation : implementations) {
            if (byProvider.putIfAbsent(implementation.provider(), implementation) != null) {
                throw new IllegalStateException("Two implementations for " + implementation.provider() + " mailboxes");
            }
        }
        for (MailboxProvider provider : MailboxProvider.values()) {
            if (!byProvider.containsKey(provider)) {
                throw new IllegalStateException("No implementation for " + provider + " mailboxes");
            }
        }
    }

    ProviderMailboxes of(MailboxProvider provider) {
        return byProvider.get(provider);
    }
}
