package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of G5 to G16 against the vendor's documented bodies. */
class GoogleMailboxClientContractTest extends GatewayTestSupport {

    static final String JOB = "5d297ac4-1bf4-4f3c-935c-ec9df38d63b3";

    GoogleMailboxClient client;

    @BeforeEach
    void client() {
        client = new GoogleMailboxClient(http);
    }

    @Test
    @Covers(MailinOperation.G5)
    void listsAPageOfGoogleMailboxes() {
        wireMock.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/list/google")).withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("10"))
                .withQueryParam("name", equalTo("john"))
                .willReturn(aResponse().withStatus(200).withBody(body("G5-mailboxes.json"))));

        MailinPage<MailinMailbox> page = client.mailboxes(new PageRequest(1, 10, "john"));

        assertThat(page.total()).isEqualTo(2L);
        assertThat(page.pageCount()).isEqualTo(1);
        assertThat(page.path()).isEqualTo("https://api.mailin.ai/api/v1/public/mailboxes/list/google");
        assertThat(page.data()).extracting(MailinMailbox::name).containsExactly("John Doe", "Jane Doe");
        MailinMailbox first = page.data().getFirst();
        assertThat(first.id()).isEqualTo(101L);
        assertThat(first.signature()).isEqualTo("Best regards, John Doe");
        assertThat(first.status()).isEqualTo("1");
        assertThat(first.providerType()).isEqualTo("google");
        assertThat(first.isGoogle()).isTrue();
        assertThat(first.rateLimit()).isNull();
    }

    @Test
    @Covers(MailinOperation.G6)
    void readsOneGoogleMailbox() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/101").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("G6-mailbox.json"))));

        MailinMailbox mailbox = client.mailbox(101);

        assertThat(mailbox.username()).isEqualTo("john.doe@example.com");
        assertThat(mailbox.domainId()).isEqualTo(1L);
        assertThat(mailbox.isGoogle()).isTrue();
        assertThat(mailbox.updatedAt()).isEqualTo("2023-10-27T11:00:00.000000Z");
        assertThat(mailbox.toString()).doesNotContain("password_value");
    }

    @Test
    @Covers(MailinOperation.G6)
    void theGooglePathIsConfiguredApartFromTheSmtpOne() {
        http = newHttp(Map.of("google-mailbox-get", "/mailboxes/google/{mailbox_id}"),
                MailinSettings.bind("base-url", wireMock.baseUrl()));
        wireMock.stubFor(get(PUBLIC + "/mailboxes/google/101")
                .willReturn(aResponse().withStatus(200).withBody(body("G6-mailbox.json"))));
        wireMock.stubFor(get(PUBLIC + "/mailboxes/101")
                .willReturn(aResponse().withStatus(200).withBody(body("M2-mailbox.json"))));

        assertThat(new GoogleMailboxClient(http).mailbox(101).providerType()).isEqualTo("google");
        assertThat(new MailboxClient(http).mailbox(101).rateLimit()).isEqualTo("500 / 1h");
    }

    @Test
    @Covers(MailinOperation.G7)
    void createsGoogleMailboxesAndReturnsTheJob() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/add/google").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"mailboxes": [
                          {"username": "john.doe@example.com", "first_name": "John", "last_name": "Doe"},
                          {"username": "john.steeve@example.com", "first_name": "John", "last_name": "Steeve"}
                        ]}"""))
                .willReturn(aResponse().withStatus(210).withBody(body("G7-create.json"))));

        MailboxJobAccepted job = client.create(List.of(
                new NewGoogleMailbox("john.doe@example.com", "John", "Doe"),
                new NewGoogleMailbox("john.steeve@example.com", "John", "Steeve")));

        assertThat(job).isEqualTo(new MailboxJobAccepted(
                "Your request has been received and will be processed as soon as possible.", JOB, 210));
        assertThat(writes).containsExactly("G7:ok");
    }

    @Test
    @Covers(MailinOperation.G8)
    void readsAPendingGoogleJob() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/status/" + JOB).withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("G8-job-status.json"))));

        MailboxJobStatus job = client.jobStatus(JOB);

        assertThat(job.id()).isEqualTo(JOB);
        assertThat(job.inProgress()).isTrue();
        assertThat(job.report()).isEqualTo("Job Created - BatchAddMailboxes pending");
        assertThat(job.data()).singleElement().satisfies(mailbox -> {
            assertThat(mailbox.id()).isEqualTo(3L);
            assertThat(mailbox.name()).isEqualTo("Marketing Team");
            assertThat(mailbox.signature()).isEqualTo("Best regards, John Doe");
            assertThat(mailbox.isGoogle()).isTrue();
        });
    }

    @Test
    @Covers(MailinOperation.G8)
    void unknownGoogleJobIsNotFound() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/status/" + JOB).willReturn(aResponse().withStatus(404)
                .withBody(body("G8-not-found.json"))));

        assertThatThrownBy(() -> client.jobStatus(JOB))
                .isInstanceOfSatisfying(MailinNotFoundException.class,
                        e -> assertThat(e.upstreamMessage()).isEqualTo("Mailbox not found."));
    }

    @Test
    @Covers(MailinOperation.G9)
    void renamesAndReadsThePhpArrayAnswer() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/101/name").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"name\": \"John Doe\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("G9-rename.json"))));

        assertThat(client.rename(101, "John Doe")).isEqualTo(new MailinMessage("Mailbox name has been updated.", 200));
        assertThat(writes).containsExactly("G9:ok");
    }

    @Test
    @Covers(MailinOperation.G10)
    void generatesATotp() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/123/generate-totp").withHeader("Authorization", equalTo(AUTH))
                .withRequestBody(absent())
                .willReturn(aResponse().withStatus(200).withBody(body("G10-totp.json"))));

        GoogleTotp totp = client.generateTotp(123);

        assertThat(totp.hasError()).isFalse();
        assertThat(totp.message()).isEqualTo("Mailbox TOTP generated successfully");
        assertThat(totp.totp()).isEqualTo("700221");
        assertThat(totp.expiresAt()).isEqualTo(1770360450L);
        assertThat(totp.expiresAtInstant()).isEqualTo(Instant.parse("2026-02-06T06:47:30Z"));
        assertThat(totp.toString()).doesNotContain("700221");
        assertThat(writes).containsExactly("G10:ok");
    }

    @Test
    @Covers(MailinOperation.G11)
    void showsTheCredentialsWithoutLoggingThem() {
        wireMock.stubFor(get(PUBLIC + "/mailboxes/123/show-credentials").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("G11-credentials.json"))));

        GoogleCredentials credentials = client.credentials(123);

        assertThat(credentials.hasError()).isFalse();
        assertThat(credentials.message()).isEqualTo("Mailbox credentials retrieved successfully");
        assertThat(credentials.password()).isEqualTo("R9yAvvm9UN");
        assertThat(credentials.secret()).isEqualTo("dmaptyzdjhbkhhrzot2nvr4hjk7tk3mg");
        assertThat(credentials.appPassword()).isEqualTo("uphw yazt rfrf dmmw ");
        assertThat(credentials.toString()).contains("Mailbox credentials retrieved successfully")
                .doesNotContain("R9yAvvm9UN", "dmaptyzdjhbkhhrzot2nvr4hjk7tk3mg", "uphw");
    }

    @Test
    @Covers(MailinOperation.G12)
    void addsASignatureAndReadsTheTrailingCommaAnswer() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/123/add-signature").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"signature\": \"Best regards,\\nJohn Doe\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("G12-signature-add.json"))));

        assertThat(client.addSignature(123, "Best regards,\nJohn Doe"))
                .isEqualTo(new MailinMessage("Signatures processed successfully", 200));
    }

    @Test
    @Covers(MailinOperation.G13)
    void deletesTheSignature() {
        wireMock.stubFor(delete(PUBLIC + "/mailboxes/123/delete-signature").withHeader("Authorization", equalTo(AUTH))
                .willReturn(aResponse().withStatus(200).withBody(body("G13-signature-delete.json"))));

        assertThat(client.deleteSignature(123)).isEqualTo(new MailinMessage("Signatures removed successfully", 200));
        assertThat(writes).containsExactly("G13:ok");
    }

    @Test
    @Covers(MailinOperation.G14)
    void setsUpForwarding() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/123/forwarding/setup").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"forwarding_email\": \"forward@example.com\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("G14-forwarding-setup.json"))));

        assertThat(client.setUpForwarding(123, "forward@example.com"))
                .isEqualTo(new MailinMessage("Forwardng processed successfully", 200));
    }

    @Test
    @Covers(MailinOperation.G15)
    void updatesForwarding() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/123/forwarding/update").withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"forwarding_email\": \"updated@example.com\"}"))
                .willReturn(aResponse().withStatus(200).withBody(body("G15-forwarding-update.json"))));

        assertThat(client.updateForwarding(123, "updated@example.com"))
                .isEqualTo(new MailinMessage("Forwardng update processed successfully", 200));
    }

    @Test
    @Covers(MailinOperation.G16)
    void removesForwarding() {
        wireMock.stubFor(post(PUBLIC + "/mailboxes/123/google/forwarding").withHeader("Authorization", equalTo(AUTH))
                .withRequestBody(absent())
                .willReturn(aResponse().withStatus(200).withBody(body("G16-forwarding-remove.json"))));

        assertThat(client.removeForwarding(123))
                .isEqualTo(new MailinMessage("Forwardng remove processed successfully", 200));
        assertThat(writes).containsExactly("G16:ok");
    }
}
