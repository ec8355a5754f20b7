package com.mailindashboard.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mailindashboard.domains.DomainProvider;
import com.mailindashboard.jobs.JobKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One provider enum, one implementation of the provider's calls each. */
class MailboxProvidersTest {

    private final SmtpMailboxes smtp = new SmtpMailboxes(null, null);
    private final GoogleMailboxes google = new GoogleMailboxes(null);

    @Test
    void eachProviderHasItsOwnCalls() {
        MailboxProviders providers = new MailboxProviders(List.of(google, smtp));

        assertThat(providers.of(MailboxProvider.SMTP)).isSameAs(smtp);
        assertThat(providers.of(MailboxProvider.GOOGLE)).isSameAs(google);
    }

    @Test
    void aMissingOrDoubledImplementationStopsTheStart() {
        assertThatThrownBy(() -> new MailboxProviders(List.of(smtp)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GOOGLE");
        assertThatThrownBy(() -> new MailboxProviders(List.of(smtp, google, new SmtpMailboxes(null, null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two implementations for SMTP");
    }

    @Test
    void theOneEnumCarriesListJobDomainAndColumnsOfEachProvider() {
        assertThat(MailboxProvider.of(JobKind.GOOGLE_MAILBOX_CREATION)).isEqualTo(MailboxProvider.GOOGLE);
        assertThat(MailboxProvider.of(JobKind.MAILBOX_CREATION)).isEqualTo(MailboxProvider.SMTP);
        assertThat(MailboxProvider.of(true).listPath()).isEqualTo("/mailboxes/google");
        assertThat(MailboxProvider.SMTP.domainProvider()).isEqualTo(DomainProvider.SMTP);
        assertThat(MailboxProvider.GOOGLE.other()).isEqualTo(MailboxProvider.SMTP);
        assertThat(MailboxProvider.GOOGLE.columns()).contains(MailboxCsvColumn.FIRST_NAME)
                .doesNotContain(MailboxCsvColumn.PASSWORD);
    }
}
