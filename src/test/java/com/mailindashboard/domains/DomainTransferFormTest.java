package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import com.mailindashboard.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The transfer page: validation, the three providers, the nameservers Mailin returns, refusals and repeats. */
@IntegrationTest
@AutoConfigureMockMvc
class DomainTransferFormTest extends DomainPageTestSupport {

    @Autowired
    OperationLedger operations;
    @Autowired
    JobLedger jobs;

    @Test
    void theFormCarriesAFreshOperationKeyAndOffersTheThreeProviders() throws Exception {
        String page = mvc.perform(get("/domains/transfer").with(OPERATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("provider-SMTP", "provider-GOOGLE", "provider-INBOXKIT", "name=\"uid\"");
        assertThat(key(page)).isNotNull();
        assertThat(key(mvc.perform(get("/domains/transfer").with(OPERATOR)).andReturn().getResponse()
                .getContentAsString())).isNotEqualTo(key(page));
    }

    @Test
    void anSmtpTransferShowsTheNameserversMailinReturnedWithCopyButtons() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/transfer").willReturn(aResponse().withStatus(200)
                .withBody(documented("D9-transfer.json"))));

        MvcResult sent = mvc.perform(transfer(UUID.randomUUID().toString(), "SMTP", " Moving-In.com ", null))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = sent.getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(OPERATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/transfer"))
                .withRequestBody(equalToJson("{\"domain_name\": \"moving-in.com\"}")));
        assertThat(page).contains("Domain transfer #", "Accepted by Mailin",
                        "Set these nameservers at the domain&#39;s current registrar")
                .contains("data-copy=\"ns-123.awsdns-45.com\"", "data-copy=\"ns-234.awsdns-56.net\"",
                        "data-copy=\"ns-345.awsdns-67.org\"", "data-copy=\"ns-456.awsdns-78.co.uk\"",
                        "data-test=\"copy-all\"")
                .containsPattern("href=\"/jobs/\\d+\"");
        Operation operation = operations.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        Job job = jobs.find(operation.getJobId()).orElseThrow();
        assertThat(job.getDetail()).containsExactly("ns-123.awsdns-45.com", "ns-234.awsdns-56.net",
                "ns-345.awsdns-67.org", "ns-456.awsdns-78.co.uk");
        assertThat(audited("domains.transfer", "target_id = ? and target_label = 'moving-in.com' and outcome = 'SUCCESS'",
                String.valueOf(operation.getId()))).isEqualTo(1);
    }

    @Test
    void aGoogleTransferGoesToG4() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/transfer/google").willReturn(aResponse().withStatus(210)
                .withBody(documented("G4-transfer.json"))));

        String location = mvc.perform(transfer(UUID.randomUUID().toString(), "GOOGLE", "to-google.com", null))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(mvc.perform(get(location).with(OPERATOR)).andReturn().getResponse().getContentAsString())
                .contains("data-copy=\"ns-123.awsdns-45.com\"", "Google Workspace")
                .as("the status Mailin really answered").contains("(210)").doesNotContain("(200)");
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/transfer/google")));
    }

    @Test
    void anInboxkitTransferNeedsTheUidAndSendsIt() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(transfer(key, "INBOXKIT", "from-inboxkit.com", " "))
                .andExpect(view().name("domains/transfer"))
                .andExpect(model().attribute("errors", Map.of("uid",
                        "An Inboxkit transfer needs the domain's Inboxkit uid.")));
        mailin.verify(0, postRequestedFor(anyUrl()));

        mailin.stubFor(WireMock.post(PUBLIC + "/domains/transfer/inboxkit").willReturn(aResponse().withStatus(200)
                .withBody(documented("D1-transfer-inboxkit.json"))));
        String location = mvc.perform(transfer(key, "INBOXKIT", "from-inboxkit.com", "ik-42"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/transfer/inboxkit"))
                .withRequestBody(equalToJson("{\"domain_name\": \"from-inboxkit.com\", \"uid\": \"ik-42\"}")));
        assertThat(mvc.perform(get(location).with(OPERATOR)).andReturn().getResponse().getContentAsString())
                .contains("Inboxkit", "Mailin returned no nameservers");
    }

    @Test
    void aBadNameIsShownNextToTheFieldWithTheInputKept() throws Exception {
        String key = UUID.randomUUID().toString();
        String page = mvc.perform(transfer(key, "SMTP", "not a domain", null))
                .andExpect(view().name("domains/transfer"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-test=\"error-domainName\"", "Not a valid domain name", "value=\"not a domain\"")
                .contains("value=\"" + key + "\"");
        mvc.perform(transfer(key, "SMTP", "", null))
                .andExpect(model().attribute("errors", Map.of("domainName", "Enter the domain name.")));
        mailin.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aRefusalIsShownBesideTheFormWithTheInputKeptAndANewKey() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/transfer").willReturn(aResponse().withStatus(422)
                .withBody("{\"message\": \"The domain name is already in use.\"}")));
        String key = UUID.randomUUID().toString();

        String page = mvc.perform(transfer(key, "SMTP", "already-here.net", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("domains/transfer"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Mailin refused the transfer", "The domain name is already in use.",
                "value=\"already-here.net\"");
        assertThat(key(page)).isNotNull().isNotEqualTo(key);
        assertThat(audited("domains.transfer", "target_label = 'already-here.net' and outcome = 'FAILURE'")).isEqualTo(1);
    }

    @Test
    void aRepeatedSubmitLandsOnTheSameOperationWithoutASecondCall() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/transfer").willReturn(aResponse().withStatus(200)
                .withBody(documented("D9-transfer.json"))));
        String key = UUID.randomUUID().toString();

        String first = mvc.perform(transfer(key, "SMTP", "once-only.com", null))
                .andReturn().getResponse().getRedirectedUrl();
        MvcResult second = mvc.perform(transfer(key, "SMTP", "once-only.com", null))
                .andExpect(flash().attribute("repeated", true))
                .andReturn();

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/transfer")));
        assertThat(mvc.perform(get(first).cookie(second.getResponse().getCookies()).with(OPERATOR)).andReturn().getResponse()
                .getContentAsString()).contains("already submitted", "ns-123.awsdns-45.com");
    }

    @Test
    void viewersCannotTransfer() throws Exception {
        mvc.perform(get("/domains/transfer").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(post("/domains/transfer").param("operationKey", UUID.randomUUID().toString())
                        .param("provider", "SMTP").param("domainName", "viewer.com").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mailin.verify(0, postRequestedFor(anyUrl()));
    }

    private static MockHttpServletRequestBuilder transfer(String key, String provider, String name, String uid) {
        MockHttpServletRequestBuilder request = post("/domains/transfer").param("operationKey", key)
                .param("provider", provider).param("domainName", name).with(OPERATOR).with(csrf());
        return uid == null ? request : request.param("uid", uid);
    }

}
