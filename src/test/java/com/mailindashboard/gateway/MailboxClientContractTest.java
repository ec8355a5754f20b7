package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of M1 to M8 against the vendor's documented bodies. */
class MailboxClientContractTest extends GatewayTestSupport {

    static final String JOB = "5d297ac4-1bf4-4f3c-935c-ec9df38d63b3";

    MailboxClient client;

    @BeforeEach
    void client() {
        client = new MailboxClient(http);
    }

    @Test
    @Covers(MailinOperation.M1)
    void listsAPageOfMailboxesFilteredByName() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("10"))
                .withQueryParam("name", equalTo("john.doe@example.com"))
                .willReturn(aResponse().withStatus(200).withBody(body("M1-mailboxes.json"))));

        MailinPage<MailinMailbox> page = client.mailboxes(new PageRequest(1, 10, "john.doe@example.com"));

        assertThat(page.total()).isEqualTo(2L);
        assertThat(page.perPage()).isEqualTo(10);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.data()).extracting(MailinMailbox::username)
                .containsExactly("john.doe@example.com", "jane.doe@example.com");
        MailinMailbox first = page.data().getFirst();
        assertThat(first.id()).isEqualTo(101L);
        assertThat(first.domainId()).isEqualTo(1L);
        assertThat(first.name()).isEqualTo("John Doe");
        assertThat(first.status()).isEqualTo("Active");
        assertThat(first.rateLimit()).isEqualTo("50");
        assertThat(first.redirectEmail()).isNull();
        assertThat(first.imapHost()).isEqualTo("mail.example.com");
        assertThat(first.imapPort()).isEqualTo(993);
        assertThat(first.smtpHost()).isEqualTo("mail.example.com");
        assertThat(first.smtpPort()).isEqualTo(465);
        assertThat(first.createdAt()).isEqualTo("2023-10-27T11:00:00.000000Z");
        assertThat(first.isGoogle()).isFalse();
    }

    @Test
    @Covers(MailinOperation.M2)
    void readsOneMailboxWithItsWordedRateLimit() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/101").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("M2-mailbox.json"))));

        MailinMailbox mailbox = client.mailbox(101);

        assertThat(mailbox.id()).isEqualTo(101L);
        assertThat(mailbox.username()).isEqualTo("john.doe@example.com");
        assertThat(mailbox.rateLimit()).isEqualTo("500 / 1h");
        assertThat(mailbox.imapHost()).isNull();
        assertThat(mailbox.updatedAt()).isEqualTo("2023-10-27T11:00:00.000000Z");
        assertThat(mailbox.toString()).contains("john.doe@example.com").doesNotContain("encrypted_password_value");
    }

    @Test
    @Covers(MailinOperation.M2)
    void unknownMailboxIsNotFoundOrNotYours() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/999").willReturn(aResponse().withStatus(404)
                .withBody(body("M4-not-found.json"))));

        assertThatThrownBy(() -> client.mailbox(999)).isInstanceOf(MailinNotFoundException.class);
    }

    @Test
    @Covers(MailinOperation.M3)
    void createsMailboxesAndReturnsTheJob() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"mailboxes": [
                          {"username": "sales@example.com", "name": "Sales Team", "password": "a-very-secure-password"},
                          {"username": "info@example.com", "name": "Info Desk", "password": "a-very-secure-password"}
                        ]}"""))
                .willReturn(aResponse().withStatus(210).withBody(body("M3-create.json"))));

        MailboxJobAccepted job = client.create(List.of(
                new NewMailbox("sales@example.com", "Sales Team", "a-very-secure-password"),
                new NewMailbox("info@example.com", "Info Desk", "a-very-secure-password")));

        assertThat(job.uuid()).isEqualTo(JOB);
        assertThat(job.status()).isEqualTo(210);
        assertThat(job.message())
                .isEqualTo("Your request has been received and will be processed as soon as possible.");
        assertThat(writes).containsExactly("M3:ok");
    }

    @Test
    @Covers(MailinOperation.M3)
    void aMailboxWithoutPasswordLeavesItOutAndTheMissingCommaQuirkIsRead() {
        // The catalog's body quirks: this answer lacks the comma between "message" and "uuid".
        wireMock.stubFor(post(PUBLIC + "/mailboxes")
                .withRequestBody(equalToJson("{\"mailboxes\": [{\"username\": \"sales@example.com\", \"name\": \"Sales Team\"}]}"))
                .willReturn(aResponse().withStatus(210).withBody("""
                        {
                        "message": "Your request has been received and will be processed as soon as possible."
                        "uuid" : "5d297ac4-1bf4-4f3c-935c-ec9df38d63b3"
                        }""")));

        MailboxJobAccepted job = client.create(List.of(new NewMailbox("sales@example.com", "Sales Team")));

        assertThat(job.uuid()).isEqualTo(JOB);
    }

    @Test
    @Covers(MailinOperation.M3)
    void rejectedMailboxesCarryTheFieldErrors() {
        // Not documented for this endpoint: a plausible Laravel validation answer.
        wireMock.stubFor(post(PUBLIC + "/mailboxes").willReturn(aResponse().withStatus(422).withBody("""
                {"message": "The mailboxes.0.password field must be at least 8 characters.",
                 "errors": {"mailboxes.0.password": ["The mailboxes.0.password field must be at least 8 characters."]}}""")));

        assertThatThrownBy(() -> client.create(List.of(new NewMailbox("sales@example.com", "Sales Team", "short"))))
                .isInstanceOfSatisfying(MailinValidationException.class, e -> {
                    assertThat(e.upstreamMessage()).contains("at least 8 characters");
                    assertThat(e.fieldErrors()).containsOnlyKeys("mailboxes.0.password");
                });
        assertThat(writes).containsExactly("M3:validation");
    }

    @Test
    @Covers(MailinOperation.M4)
    void readsAPendingJobWithItsMailboxes() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/status/" + JOB).withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("M4-job-status.json"))));

        MailboxJobStatus job = client.jobStatus(JOB);

        assertThat(job.id()).isEqualTo(JOB);
        assertThat(job.status()).isEqualTo("pending");
        assertThat(job.report()).isEqualTo("Job Created - BatchAddMailboxes pending");
        assertThat(job.inProgress()).isTrue();
        assertThat(job.done()).isFalse();
        assertThat(job.failed()).isFalse();
        assertThat(job.data()).singleElement().satisfies(mailbox -> {
            assertThat(mailbox.id()).isEqualTo(3L);
            assertThat(mailbox.domainId()).isEqualTo(107L);
            assertThat(mailbox.username()).isEqualTo("outreach@example.biz");
            assertThat(mailbox.status()).isEqualTo("1");
            assertThat(mailbox.rateLimit()).isNull();
            assertThat(mailbox.smtpHost()).isEqualTo("mail.example.biz");
            assertThat(mailbox.smtpPort()).isEqualTo(465);
        });
    }

    @Test
    @Covers(MailinOperation.M4)
    void unknownJobIsNotFound() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/status/" + JOB).willReturn(aResponse().withStatus(404)
                .withBody(body("M4-not-found.json"))));

        assertThatThrownBy(() -> client.jobStatus(JOB))
                .isInstanceOfSatisfying(MailinNotFoundException.class,
                        e -> assertThat(e.upstreamMessage()).isEqualTo("Mailbox not found."));
    }

    @Test
    void jobStatusesAreClassifiedCaseInsensitively() {
        for (String done : List.of("completed", "Complete", "FINISHED", "done", "success")) {
            assertThat(new MailboxJobStatus(JOB, done, null, null).done()).as(done).isTrue();
        }
        for (String failed : List.of("failed", "Error", "CANCELLED")) {
            assertThat(new MailboxJobStatus(JOB, failed, null, null).failed()).as(failed).isTrue();
        }
        assertThat(new MailboxJobStatus(JOB, null, null, null).inProgress()).isTrue();
        assertThat(new MailboxJobStatus(JOB, "processing", null, null).data()).isEmpty();
    }

    @Test
    @Covers(MailinOperation.M5)
    void renamesAndReadsThePhpArrayAnswer() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/101/name").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"name\": \"John Doe\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("M5-rename.json"))));

        MailinMessage result = client.rename(101, "John Doe");

        assertThat(result).isEqualTo(new MailinMessage("Mailbox name has been updated.", 200));
        assertThat(writes).containsExactly("M5:ok");
    }

    @Test
    @Covers(MailinOperation.M6)
    void changesThePassword() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/101/password").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"password\": \"newP@SS1234\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("M6-password.json"))));

        MailinMessage result = client.changePassword(101, "newP@SS1234");

        assertThat(result).isEqualTo(new MailinMessage("Mailbox password has been updated.", 200));
    }

    @Test
    @Covers(MailinOperation.M7)
    void deletesAMailbox() {
        wireMock.stubFor(delete(PUBLIC + "/mailboxes/101").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("M7-delete.json"))));

        MailinMessage result = client.delete(101);

        assertThat(result).isEqualTo(new MailinMessage("Mailbox removed.", 200));
        assertThat(writes).containsExactly("M7:ok");
    }

    @Test
    @Covers(MailinOperation.M8)
    void readsTheRateLimit() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/101/rate-limit").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("M8-rate-limit.json"))));

        assertThat(client.rateLimit(101)).isEqualTo(new MailboxRateLimit(101L, "john.doe@example.com", "500 / 1h"));
    }
}
