package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.mailindashboard.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The availability page: 200 is available, 404 is unavailable (an answer), other failures stay in their row. */
@IntegrationTest
@AutoConfigureMockMvc
class DomainAvailabilityFormTest extends DomainPageTestSupport {

    static final String D5 = PUBLIC + "/domains/check/domain-availability";

    private static void answer(String name, int status, String body) {
        mailin.stubFor(get(urlPathEqualTo(D5)).withQueryParam("domain_name", equalTo(name))
                .willReturn(aResponse().withStatus(status).withBody(body)));
    }

    @Test
    void availableUnavailableAndFailedNamesEachGetTheirOwnRow() throws Exception {
        answer("free-name.com", 200, "{\"available\": true, \"message\": \"Domain is available\"}");
        answer("taken-name.com", 404, "{\"available\": false, \"message\": \"Domain is unavailable\"}");
        answer("broken-name.net", 503, "Service Unavailable");

        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/domains/availability")
                        .param("names", "free-name.com, taken-name.com\nbroken-name.net").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(view().name("domains/availability"))
                .andExpect(model().attribute("anyAvailable", true))
                .andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(row(page, "free-name.com")).contains("data-test=\"available\"", "name=\"selected\"", "value=\"free-name.com\"");
        assertThat(row(page, "taken-name.com")).contains("data-test=\"unavailable\"").doesNotContain("name=\"selected\"");
        assertThat(row(page, "broken-name.net")).contains("data-test=\"row-problem\"", "Mailin is unavailable")
                .doesNotContain("name=\"selected\"");
        assertThat(page).contains("data-test=\"availability-buy\"", "action=\"/domains/buy/preview\"",
                "id=\"provider-SMTP\" value=\"SMTP\"", "id=\"provider-GOOGLE\" value=\"GOOGLE\"");
        assertThat(page.indexOf("free-name.com</label>")).isLessThan(page.indexOf("taken-name.com</label>"));
        mailin.verify(1, getRequestedFor(urlPathEqualTo(D5)).withQueryParam("domain_name", equalTo("free-name.com")));
    }

    @Test
    void badLinesAreNamedWithTheirNumbersAndTheOthersAreStillChecked() throws Exception {
        answer("fine-name.org", 200, "{\"message\": \"Domain is available\"}");

        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/domains/availability")
                        .param("names", "fine-name.org\n\nnot valid\nfine-name.org").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(model().attribute("names", "fine-name.org\n\nnot valid\nfine-name.org"))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<DomainNameProblem> errors = (List<DomainNameProblem>) result.getModelAndView().getModel().get("lineErrors");
        assertThat(errors).extracting(DomainNameProblem::line).containsExactly(3, 4);
        assertThat(result.getResponse().getContentAsString()).contains("data-test=\"line-error-3\"", "not valid",
                "data-test=\"availability-fine-name.org\"");
        mailin.verify(1, getRequestedFor(urlPathEqualTo(D5)));
    }

    @Test
    void atMostFiftyNamesAreCheckedAtOnce() throws Exception {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i <= DomainAvailabilityController.MAX_NAMES; i++) {
            names.append("n").append(i).append(".com\n");
        }

        String page = mvc.perform(MockMvcRequestBuilders.get("/domains/availability").param("names", names.toString())
                        .with(OPERATOR))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("At most 50 names can be checked at once; the list has 51.");
        mailin.verify(0, getRequestedFor(urlPathEqualTo(D5)));
    }

    @Test
    void nothingAvailableOffersNothingToBuy() throws Exception {
        answer("gone-name.com", 404, "{\"message\": \"Domain is unavailable\"}");

        String page = mvc.perform(MockMvcRequestBuilders.get("/domains/availability").param("names", "gone-name.com")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-test=\"none-available\"").doesNotContain("data-test=\"availability-buy\"");
    }

    @Test
    void buySelectedOpensThePreviewOfTheTickedNames() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/domains/buy/preview").param("provider", "GOOGLE")
                        .param("selected", "ticked-one.com", "ticked-two.ca").with(OPERATOR).with(csrf()))
                .andExpect(view().name("domains/buy-preview"))
                .andExpect(model().attribute("names", List.of("ticked-one.com", "ticked-two.ca")))
                .andExpect(model().attribute("provider", DomainProvider.GOOGLE));
        mvc.perform(MockMvcRequestBuilders.post("/domains/buy/preview").param("provider", "GOOGLE")
                        .param("selected", "ticked-one.com").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** The table row of one name. */
    private static String row(String page, String name) {
        int start = page.indexOf("data-test=\"availability-" + name + "\"");
        assertThat(start).as(name).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
