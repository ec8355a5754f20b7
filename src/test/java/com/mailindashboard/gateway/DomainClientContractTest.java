package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.mailindashboard.gateway.DomainContracts.BUY_BODY;
import static com.mailindashboard.gateway.DomainContracts.BUY_MULTIPLE_BODY;
import static com.mailindashboard.gateway.DomainContracts.BUY_NAME;
import static com.mailindashboard.gateway.DomainContracts.BUY_NAMES;
import static com.mailindashboard.gateway.DomainContracts.DOCUMENTED_PURCHASE;
import static com.mailindashboard.gateway.DomainContracts.JOB;
import static com.mailindashboard.gateway.DomainContracts.TRANSFER_BODY;
import static com.mailindashboard.gateway.DomainContracts.TRANSFER_NAME;
import static com.mailindashboard.gateway.DomainContracts.TRANSFER_STARTED;
import static com.mailindashboard.gateway.DomainContracts.assertDocumentedTransfer;
import static com.mailindashboard.gateway.DomainContracts.assertUnavailable;
import static com.mailindashboard.gateway.DomainContracts.authorizedGet;
import static com.mailindashboard.gateway.DomainContracts.authorizedJsonPost;
import static com.mailindashboard.gateway.DomainContracts.documented;
import static com.mailindashboard.gateway.DomainContracts.documentedFirstPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract of D1 to D15 against the vendor's documented bodies (src/test/resources/mailin/D*.json). */
class DomainClientContractTest extends GatewayTestSupport {

    static final String INBOXKIT_UID = "11c236de-c2e5-4797-bb73-73d861dc40fb";
    static final String INBOXKIT_BODY = "{\"domain_name\": \"mybusiness.com\", \"uid\": \"" + INBOXKIT_UID + "\"}";

    DomainClient client;

    @BeforeEach
    void client() {
        client = new DomainClient(http);
    }

    @Test
    @Covers(MailinOperation.D1)
    void transferInboxkitSendsNameAndUidAndReadsTheDomainIdGivenAsAString() {
        wireMock.stubFor(authorizedJsonPost("/domains/transfer/inboxkit", INBOXKIT_BODY)
                .willReturn(documented(210, "D1-transfer-inboxkit.json")));

        DomainTransfer transfer = client.transferInboxkit(TRANSFER_NAME, INBOXKIT_UID);

        assertThat(transfer.message()).isEqualTo(TRANSFER_STARTED);
        assertThat(transfer.domainId()).isEqualTo("123");
        assertThat(transfer.nameServers()).isEmpty();
        assertThat(transfer.status()).isEqualTo(210);
        assertThat(writes).containsExactly("D1:ok");
    }

    @Test
    @Covers(MailinOperation.D1)
    void transferInboxkitOfADomainAlreadyThereIsAValidationError() {
        wireMock.stubFor(authorizedJsonPost("/domains/transfer/inboxkit", INBOXKIT_BODY)
                .willReturn(documented(422, "D1-transfer-inboxkit-422.json")));

        assertThatThrownBy(() -> client.transferInboxkit(TRANSFER_NAME, INBOXKIT_UID))
                .isInstanceOf(MailinValidationException.class)
                .extracting(e -> ((MailinException) e).upstreamMessage())
                .isEqualTo("Domain already exists in your account.");
        assertThat(writes).containsExactly("D1:validation");
    }

    @Test
    @Covers(MailinOperation.D2)
    void listsInboxkitDomainsWithPageAndFilter() {
        wireMock.stubFor(documentedFirstPage("/domains/get/inboxkit-domains")
                .willReturn(documented(200, "D2-inboxkit-domains.json")));

        MailinPage<MailinDomain> page = client.inboxkitDomains(new PageRequest(1, 10, "example"));

        assertThat(page.data()).extracting(MailinDomain::name).containsExactly("example.com", "example.co");
        assertThat(page.data()).extracting(MailinDomain::status).containsExactly("1", "0");
        assertThat(page.data()).extracting(MailinDomain::domainProvider).containsExactly("inboxkit", "inboxkit");
        assertThat(page.data().get(0).nameServerList()).isEmpty();
        assertThat(page.total()).isEqualTo(50L);
        assertThat(page.pageCount()).isEqualTo(5);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    @Covers(MailinOperation.D3)
    void listsDomainsAndSplitsTheirCommaSeparatedNameServers() {
        wireMock.stubFor(documentedFirstPage("/domains").willReturn(documented(200, "D3-domains.json")));

        MailinPage<MailinDomain> page = client.domains(new PageRequest(1, 10, "example"));

        MailinDomain first = page.data().get(0);
        assertThat(first.id()).isEqualTo(1L);
        assertThat(first.mainDomain()).isEqualTo("example.com");
        assertThat(first.nameServers()).isEqualTo("ns1.mailin.ai, ns2.mailin.ai");
        assertThat(first.nameServerList()).containsExactly("ns1.mailin.ai", "ns2.mailin.ai");
        assertThat(first.nameServerStatus()).isEqualTo("1");
        assertThat(first.createdAt()).isEqualTo("2023-10-27T10:00:00.000000Z");
        MailinDomain second = page.data().get(1);
        assertThat(second.nameServers()).isNull();
        assertThat(second.nameServerList()).isEmpty();
        assertThat(second.domainProvider()).isEqualTo("godaddy");
        assertThat(page.perPage()).isEqualTo(10);
        assertThat(page.nextPageUrl()).isEqualTo("https://api.mailin.ai/api/v1/public/domains?page=2");
    }

    @Test
    @Covers(MailinOperation.D3)
    void listingWithoutAFilterSendsNoName() {
        wireMock.stubFor(authorizedGet("/domains").withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("15")).withQueryParam("name", absent())
                .willReturn(documented(200, "D3-domains.json")));

        assertThat(client.domains(PageRequest.of(2, 15)).data()).hasSize(2);
    }

    @Test
    @Covers(MailinOperation.D4)
    void readsOneDomainWhoseMainDomainIsANumber() {
        wireMock.stubFor(authorizedGet("/domains/1").willReturn(documented(200, "D4-domain.json")));

        MailinDomain domain = client.domain(1);

        assertThat(domain.name()).isEqualTo("example.com");
        assertThat(domain.mainDomain()).isEqualTo("1");
        assertThat(domain.status()).isEqualTo("Active");
        assertThat(domain.nameServerStatus()).isEqualTo("Active");
        assertThat(domain.providerType()).isEqualTo("string");
        assertThat(domain.nameServerList()).containsExactly("ns1.mailin.ai", "ns2.mailin.ai");
    }

    @Test
    @Covers(MailinOperation.D4)
    void unknownDomainIsNotFoundOrNotYours() {
        // The vendor documents no 404 body for D4; this one is plausible.
        wireMock.stubFor(authorizedGet("/domains/999").willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Domain not found.\"}")));

        assertThatThrownBy(() -> client.domain(999)).isInstanceOf(MailinNotFoundException.class);
    }

    /** 200 means available and 404 unavailable: both are answers, neither is an error nor retried. */
    @ParameterizedTest
    @CsvSource({"200, D5-available.json, true, Domain is available",
            "404, D5-unavailable-404.json, false, Domain is unavailable"})
    @Covers(MailinOperation.D5)
    void availabilityIsTheStatus(int status, String file, boolean available, String message) {
        wireMock.stubFor(authorizedGet("/domains/check/domain-availability")
                .withQueryParam("domain_name", equalTo(BUY_NAME))
                .willReturn(documented(status, file)));

        assertThat(client.availability(BUY_NAME)).isEqualTo(new DomainAvailability(BUY_NAME, available, message));
        assertThat(sleeps).isEmpty();
    }

    @Test
    @Covers(MailinOperation.D6)
    void buyIsAcceptedWithAJobUuid() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy", BUY_BODY).willReturn(documented(210, "D6-buy.json")));

        assertThat(client.buy(BUY_NAME)).isEqualTo(DOCUMENTED_PURCHASE);
        assertThat(writes).containsExactly("D6:ok");
    }

    @Test
    @Covers(MailinOperation.D6)
    void buyingAnUnavailableNameListsItFromTheObjectForm() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy", BUY_BODY).willReturn(documented(422, "D6-buy-422.json")));

        assertUnavailable(() -> client.buy(BUY_NAME), "mynewbusiness.com");
    }

    @Test
    @Covers(MailinOperation.D7)
    void addsASubdomain() {
        wireMock.stubFor(authorizedJsonPost("/domains/add/subdomain", """
                {"subdomain": "sales", "domain": "getopener.com"}""")
                .willReturn(documented(201, "D7-subdomain.json")));

        assertThat(client.addSubdomain("sales", "getopener.com")).isEqualTo(new MailinMessage(
                "Your request has been received and will be processed as soon as possible.", 201));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "D7-subdomain-422-inactive.json | The specified domain 'getopener.com' does not exist or is not active.",
            "D7-subdomain-422-exists.json   | Subdomain already exists."})
    @Covers(MailinOperation.D7)
    void refusedSubdomainsCarryMailinsMessage(String file, String message) {
        wireMock.stubFor(authorizedJsonPost("/domains/add/subdomain", """
                {"subdomain": "sales", "domain": "getopener.com"}""")
                .willReturn(documented(422, file)));

        assertThatThrownBy(() -> client.addSubdomain("sales", "getopener.com"))
                .isInstanceOf(MailinValidationException.class)
                .extracting(e -> ((MailinException) e).upstreamMessage())
                .isEqualTo(message);
    }

    @Test
    @Covers(MailinOperation.D8)
    void buyMultipleReadsTheUuidDespiteTheMissingComma() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy-multiple", BUY_MULTIPLE_BODY)
                .willReturn(documented(210, "D8-buy-multiple.json")));

        assertThat(client.buyMultiple(BUY_NAMES)).isEqualTo(DOCUMENTED_PURCHASE);
    }

    @Test
    @Covers(MailinOperation.D8)
    void buyingUnavailableNamesListsThemFromTheArrayForm() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy-multiple", BUY_MULTIPLE_BODY)
                .willReturn(documented(422, "D8-buy-multiple-422.json")));

        assertUnavailable(() -> client.buyMultiple(BUY_NAMES), "mynewbusiness.com", "anothergreatidea.co");
    }

    @Test
    @Covers(MailinOperation.D9)
    void transferReadsTheNameServersArray() {
        wireMock.stubFor(authorizedJsonPost("/domains/transfer", TRANSFER_BODY)
                .willReturn(documented(210, "D9-transfer.json")));

        DomainTransfer transfer = client.transfer(TRANSFER_NAME);

        assertDocumentedTransfer(transfer);
        assertThat(transfer.domainId()).isNull();
        assertThat(transfer.status()).as("the status Mailin really answered").isEqualTo(210);
    }

    @Test
    @Covers(MailinOperation.D9)
    void aTransferAnsweredWithTextIsStillAccepted() {
        // Not a documented body: a 2xx that is not JSON is a success whose message is the raw text.
        wireMock.stubFor(authorizedJsonPost("/domains/transfer", TRANSFER_BODY)
                .willReturn(aResponse().withStatus(200).withBody("Transfer started")));

        assertThat(client.transfer(TRANSFER_NAME)).isEqualTo(new DomainTransfer("Transfer started", null, null, 200));
    }

    @Test
    @Covers(MailinOperation.D10)
    void jobStatusReadsTheUnquotedUuidAndTheDomainIds() {
        wireMock.stubFor(authorizedGet("/domains/status/" + JOB).willReturn(documented(200, "D10-status.json")));

        DomainJobStatus job = client.jobStatus(JOB);

        assertThat(job.id()).isEqualTo(JOB);
        assertThat(job.status()).isEqualTo("pending");
        assertThat(job.report()).isEqualTo("Job Created - BatchAddDomain pending");
        assertThat(job.data()).containsExactly("10", "11", "12");
        assertThat(job.inProgress()).isTrue();
        assertThat(job.done()).isFalse();
        assertThat(job.failed()).isFalse();
    }

    @Test
    @Covers(MailinOperation.D10)
    void unknownJobIsNotFound() {
        wireMock.stubFor(authorizedGet("/domains/status/" + JOB).willReturn(documented(404, "D10-status-404.json")));

        assertThatThrownBy(() -> client.jobStatus(JOB))
                .isInstanceOf(MailinNotFoundException.class)
                .extracting(e -> ((MailinException) e).upstreamMessage())
                .isEqualTo("Domain not found.");
    }

    @ParameterizedTest
    @CsvSource({"completed, true, false", "Complete, true, false", "FINISHED, true, false", "done, true, false",
            "success, true, false", "failed, false, true", "Error, false, true", "cancelled, false, true",
            "pending, false, false", "processing, false, false", "'', false, false"})
    void jobStatesFollowTheCatalog(String status, boolean done, boolean failed) {
        DomainJobStatus job = new DomainJobStatus(JOB, status, null, null);

        assertThat(job.done()).isEqualTo(done);
        assertThat(job.failed()).isEqualTo(failed);
        assertThat(job.inProgress()).isEqualTo(!done && !failed);
    }

    @Test
    @Covers(MailinOperation.D11)
    void deletesADomain() {
        wireMock.stubFor(delete(PUBLIC + "/domains/1").withHeader("Authorization", equalTo(AUTH))
                .willReturn(documented(200, "D11-delete.json")));

        assertThat(client.delete(1).message()).isEqualTo("Domain and related mailboxes has been removed.");
        assertThat(writes).containsExactly("D11:ok");
    }

    @Test
    @Covers(MailinOperation.D12)
    void readsTheRateLimitAsWorded() {
        wireMock.stubFor(authorizedGet("/domains/1/rate-limit").willReturn(documented(200, "D12-rate-limit.json")));

        assertThat(client.rateLimit(1)).isEqualTo(new DomainRateLimit(1L, "example.com", "500 / d"));
    }

    @Test
    @Covers(MailinOperation.D13)
    void forwardsADomainToAnotherDomain() {
        wireMock.stubFor(authorizedJsonPost("/domains/forward", """
                {"domain_id": 1234, "forward_to": "mynewbusiness.com"}""")
                .willReturn(documented(200, "D13-forward.json")));

        assertThat(client.forward(1234, "mynewbusiness.com"))
                .isEqualTo(new MailinMessage("Domain forwarding has been successfully updated.", 200));
    }

    @Test
    @Covers(MailinOperation.D14)
    void removesForwarding() {
        wireMock.stubFor(authorizedJsonPost("/domains/remove/forward", "{\"domain_id\": 1234}")
                .willReturn(documented(200, "D14-forward-remove.json")));

        assertThat(client.removeForward(1234))
                .isEqualTo(new MailinMessage("Domain forwarding has been successfully removed.", 200));
    }

    @Test
    @Covers(MailinOperation.D15)
    void forwardsADomainsEmailToAnAddress() {
        wireMock.stubFor(authorizedJsonPost("/domains/email/forward", """
                {"domain_id": 1234, "forward_to": "user@example.com"}""")
                .willReturn(documented(200, "D15-email-forward.json")));

        assertThat(client.forwardEmail(1234, "user@example.com"))
                .isEqualTo(new MailinMessage("Email forwarding has been successfully updated.", 200));
    }
}
