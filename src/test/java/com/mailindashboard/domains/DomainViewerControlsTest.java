package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 7 item 24: viewers see no buy or transfer forms and no "Buy selected"; they are told why. */
@IntegrationTest
@AutoConfigureMockMvc
class DomainViewerControlsTest extends DomainPageTestSupport {

    @Test
    void viewersAreNotOfferedTheBuyAndTransferForms() throws Exception {
        for (String path : new String[] {"/domains/buy", "/domains/transfer"}) {
            String viewer = page(path, VIEWER);
            assertThat(viewer).as(path).doesNotContain("<form action=\"" + path)
                    .doesNotContain("data-test=\"buy-form\"", "data-test=\"transfer-form\"")
                    .contains("data-test=\"read-only-role\"");
            assertThat(page(path, OPERATOR)).as(path).containsPattern("data-test=\"(buy|transfer)-form\"")
                    .doesNotContain("data-test=\"read-only-role\"");
        }
    }

    @Test
    void viewersSeeAvailabilityResultsWithoutBuyControls() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains/check/domain-availability"))
                .withQueryParam("domain_name", equalTo("free-view.com"))
                .willReturn(aResponse().withStatus(200).withBody("{\"available\": true, \"message\": \"ok\"}")));
        String path = "/domains/availability?names=free-view.com";

        String viewer = page(path, VIEWER);
        assertThat(viewer).contains("data-test=\"available\"", "data-test=\"read-only-role\"")
                .doesNotContain("data-test=\"availability-buy\"", "name=\"selected\"", "name=\"provider\"");
        assertThat(page(path, OPERATOR)).contains("data-test=\"availability-buy\"", "name=\"selected\"");
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who)).andReturn().getResponse().getContentAsString();
    }
}
