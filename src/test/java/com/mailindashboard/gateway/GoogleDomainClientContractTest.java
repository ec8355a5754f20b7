package com.mailindashboard.gateway;

import static com.mailindashboard.gateway.DomainContracts.BUY_BODY;
import static com.mailindashboard.gateway.DomainContracts.BUY_MULTIPLE_BODY;
import static com.mailindashboard.gateway.DomainContracts.BUY_NAME;
import static com.mailindashboard.gateway.DomainContracts.BUY_NAMES;
import static com.mailindashboard.gateway.DomainContracts.DOCUMENTED_PURCHASE;
import static com.mailindashboard.gateway.DomainContracts.TRANSFER_BODY;
import static com.mailindashboard.gateway.DomainContracts.TRANSFER_NAME;
import static com.mailindashboard.gateway.DomainContracts.assertDocumentedTransfer;
import static com.mailindashboard.gateway.DomainContracts.assertUnavailable;
import static com.mailindashboard.gateway.DomainContracts.authorizedJsonPost;
import static com.mailindashboard.gateway.DomainContracts.documented;
import static com.mailindashboard.gateway.DomainContracts.documentedFirstPage;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of G1 to G4 against the vendor's documented bodies (src/test/resources/mailin/G*.json). */
class GoogleDomainClientContractTest extends GatewayTestSupport {

    GoogleDomainClient client;

    @BeforeEach
    void client() {
        client = new GoogleDomainClient(http);
    }

    @Test
    @Covers(MailinOperation.G1)
    void listsGoogleDomainsWithPageAndFilter() {
        wireMock.stubFor(documentedFirstPage("/domains/list/google").willReturn(documented(200, "G1-google-domains.json")));

        MailinPage<MailinDomain> page = client.domains(new PageRequest(1, 10, "example"));

        assertThat(page.data()).extracting(MailinDomain::name).containsExactly("example.com", "example.co");
        assertThat(page.data()).extracting(MailinDomain::providerType).containsExactly("google", "google");
        assertThat(page.data().get(0).nameServerList()).containsExactly("ns1.mailin.ai", "ns2.mailin.ai");
        assertThat(page.data().get(1).nameServerList()).isEmpty();
        assertThat(page.data().get(1).nameServerStatus()).isEqualTo("0");
        assertThat(page.path()).isEqualTo("https://api.mailin.ai/api/v1/public/domains/list/google");
        assertThat(page.total()).isEqualTo(50L);
    }

    @Test
    @Covers(MailinOperation.G2)
    void buyIsAcceptedWithAJobUuid() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy/google", BUY_BODY).willReturn(documented(210, "G2-buy.json")));

        assertThat(client.buy(BUY_NAME)).isEqualTo(DOCUMENTED_PURCHASE);
        assertThat(writes).containsExactly("G2:ok");
    }

    @Test
    @Covers(MailinOperation.G2)
    void buyingAnUnavailableNameListsItFromTheObjectForm() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy/google", BUY_BODY)
                .willReturn(documented(422, "G2-buy-422.json")));

        assertUnavailable(() -> client.buy(BUY_NAME), "mynewbusiness.com");
    }

    @Test
    @Covers(MailinOperation.G3)
    void buyMultipleReadsTheUuidDespiteTheMissingComma() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy-multiple/google", BUY_MULTIPLE_BODY)
                .willReturn(documented(210, "G3-buy-multiple.json")));

        assertThat(client.buyMultiple(BUY_NAMES)).isEqualTo(DOCUMENTED_PURCHASE);
    }

    @Test
    @Covers(MailinOperation.G3)
    void buyingUnavailableNamesListsThemFromTheArrayForm() {
        wireMock.stubFor(authorizedJsonPost("/domains/buy-multiple/google", BUY_MULTIPLE_BODY)
                .willReturn(documented(422, "G3-buy-multiple-422.json")));

        assertUnavailable(() -> client.buyMultiple(BUY_NAMES), "mynewbusiness.com", "anothergreatidea.co");
    }

    @Test
    @Covers(MailinOperation.G4)
    void transferReadsTheNameServersArray() {
        wireMock.stubFor(authorizedJsonPost("/domains/transfer/google", TRANSFER_BODY)
                .willReturn(documented(210, "G4-transfer.json")));

        assertDocumentedTransfer(client.transfer(TRANSFER_NAME));
    }
}
