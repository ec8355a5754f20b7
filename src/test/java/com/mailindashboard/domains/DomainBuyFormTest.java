package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.mailindashboard.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The buy pages end to end: form, per-line errors, CSV upload, preview, confirm once, refusal and the rest. */
@IntegrationTest
@AutoConfigureMockMvc
class DomainBuyFormTest extends DomainPageTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    MessageSource messages;

    @org.springframework.beans.factory.annotation.Autowired
    DomainPurchaseService purchases;

    @Test
    void theFormOffersSmtpAndGoogle() throws Exception {
        String page = mvc.perform(get("/domains/buy").param("provider", "GOOGLE").with(OPERATOR))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-test=\"provider-SMTP\"", "data-test=\"provider-GOOGLE\"")
                .doesNotContain("provider-INBOXKIT")
                .containsPattern("value=\"GOOGLE\"[^>]*checked");
    }

    @Test
    void thePreviewWarnsWhenAnEarlierPurchaseOfTheSameNameHasAnUnknownOutcome() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/buy").willReturn(aResponse().withStatus(210).withFixedDelay(3000)
                .withBody("{\"uuid\": \"too-late\"}")));
        var lost = purchases.buy(UUID.randomUUID().toString(), DomainProvider.SMTP, List.of("lost-preview.com"),
                "ops@team.test");
        assertThat(lost.operation().getState()).isEqualTo(com.mailindashboard.jobs.OperationState.OUTCOME_UNKNOWN);

        String warned = mvc.perform(preview("GOOGLE", "fresh-name.com\nlost-preview.com"))
                .andExpect(view().name("domains/buy-preview")).andReturn().getResponse().getContentAsString();
        assertThat(warned).contains("data-test=\"preview-unresolved\"")
                .contains("lost-preview.com: an earlier request sent on")
                .contains("href=\"/domains/operations/" + lost.operation().getId() + "\"")
                .contains("Buying again could pay twice");

        String clean = mvc.perform(preview("SMTP", "fresh-name.com"))
                .andExpect(view().name("domains/buy-preview")).andReturn().getResponse().getContentAsString();
        assertThat(clean).doesNotContain("data-test=\"preview-unresolved\"");
    }

    @Test
    void eachBadLineIsNamedWithItsNumberAndTheInputIsKept() throws Exception {
        String typed = "good-one.com\nbad name\nexample.net\ngood-one.com, fine.biz";

        MvcResult result = mvc.perform(preview("SMTP", typed))
                .andExpect(status().isOk())
                .andExpect(view().name("domains/buy"))
                .andExpect(model().attribute("names", typed))
                .andReturn();

        List<DomainNameProblem> errors = lineErrors(result);
        assertThat(errors).extracting(DomainNameProblem::line).containsExactly(2, 3, 4);
        assertThat(errors).extracting(DomainNameProblem::input).containsExactly("bad name", "example.net", "good-one.com");
        assertThat(messages.getMessage(errors.get(1).reason(), Locale.ENGLISH)).contains(".com, .co, .ca or .biz");
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"line-error-2\"", "Line 3", "example.net", "Listed more than once")
                .contains(">good-one.com\nbad name\nexample.net\ngood-one.com, fine.biz</textarea>");
        mailin.verify(0, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy-multiple")));
    }

    @Test
    void nothingToBuyAndNoProviderAreSaid() throws Exception {
        String page = mvc.perform(post("/domains/buy/preview").param("names", " \n ").with(OPERATOR).with(csrf()))
                .andExpect(view().name("domains/buy"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter at least one domain name", "Choose SMTP or Google Workspace");
    }

    @Test
    void aCsvUploadFillsTheNamesFromItsDomainColumn() throws Exception {
        MockMultipartFile csv = new MockMultipartFile("file", "names.csv", "text/csv",
                "\uFEFFid;Domain Name;note\r\n1;csv-one.com;a\r\n\r\n2;\"csv-two.co\";b\r\n".getBytes(StandardCharsets.UTF_8));

        MvcResult valid = mvc.perform(multipart("/domains/buy/preview").file(csv).param("provider", "SMTP")
                        .param("names", "typed.ca").with(OPERATOR).with(csrf()))
                .andExpect(view().name("domains/buy-preview"))
                .andReturn();
        assertThat(valid.getModelAndView().getModel().get("names")).isEqualTo(List.of("typed.ca", "csv-one.com", "csv-two.co"));

        MockMultipartFile withProblem = new MockMultipartFile("file", "names.csv", "text/csv",
                "domain\ncsv-three.com\nnot a domain\n".getBytes(StandardCharsets.UTF_8));
        MvcResult invalid = mvc.perform(multipart("/domains/buy/preview").file(withProblem).param("provider", "SMTP")
                        .with(OPERATOR).with(csrf()))
                .andExpect(view().name("domains/buy"))
                .andExpect(model().attribute("names", "csv-three.com\nnot a domain"))
                .andReturn();
        assertThat(lineErrors(invalid)).extracting(DomainNameProblem::line).containsExactly(2);
    }

    @Test
    void aCsvWithTooManyNamesIsRefusedWithAClearMessage() throws Exception {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i <= DomainCsv.MAX_NAMES; i++) {
            names.append("many").append(i).append(".com\n");
        }
        MockMultipartFile csv = new MockMultipartFile("file", "names.csv", "text/csv",
                names.toString().getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(multipart("/domains/buy/preview").file(csv).param("provider", "SMTP")
                        .param("names", "kept.com").with(OPERATOR).with(csrf()))
                .andExpect(view().name("domains/buy"))
                .andExpect(model().attribute("names", "kept.com"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The file holds 1,001 names; at most 1,000 can be uploaded at once.");
    }

    @Test
    void thePreviewSaysPlainlyWhatConfirmingBuysAndCarriesAnOperationKey() throws Exception {
        String page = mvc.perform(preview("GOOGLE", "www.First-Pick.com\nsecond-pick.co"))
                .andExpect(view().name("domains/buy-preview"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Confirming purchases these 2 domains through Google Workspace.")
                .contains("<li>first-pick.com</li>", "<li>second-pick.co</li>")
                .contains("name=\"names\" value=\"first-pick.com\"", "name=\"provider\" value=\"GOOGLE\"")
                .contains("data-once");
        assertThat(key(page)).isNotNull();
        assertThat(key(mvc.perform(preview("GOOGLE", "first-pick.com")).andReturn().getResponse().getContentAsString()))
                .isNotEqualTo(key(page));
    }

    @Test
    void backToEditKeepsTheNames() throws Exception {
        mvc.perform(post("/domains/buy/edit").param("provider", "GOOGLE").param("selected", "kept-one.com", "kept-two.co")
                        .with(OPERATOR).with(csrf()))
                .andExpect(view().name("domains/buy"))
                .andExpect(model().attribute("provider", DomainProvider.GOOGLE))
                .andExpect(model().attribute("names", "kept-one.com\nkept-two.co"));
    }

    @Test
    void confirmingTwiceWithOneKeyBuysOnceAndLandsOnTheSameOperation() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/buy-multiple").willReturn(aResponse().withStatus(210)
                .withBody("{\"message\": \"Your request has been received.\", \"uuid\": \"form-double\"}")));
        String key = key(mvc.perform(preview("SMTP", "twice-one.com\ntwice-two.biz")).andReturn().getResponse()
                .getContentAsString());

        MvcResult first = mvc.perform(confirm(key, "SMTP", "twice-one.com", "twice-two.biz"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0))
                .andReturn();
        MvcResult second = mvc.perform(confirm(key, "SMTP", "twice-one.com", "twice-two.biz"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("repeated", true))
                .andReturn();

        String location = first.getResponse().getRedirectedUrl();
        assertThat(location).matches("/domains/operations/\\d+");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(location);
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy-multiple"))
                .withRequestBody(equalToJson("{\"domain_names\": [\"twice-one.com\", \"twice-two.biz\"]}")));

        String page = mvc.perform(get(location).cookie(second.getResponse().getCookies()).with(OPERATOR))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"operation-repeated\"", "already submitted", "Accepted by Mailin",
                "Your request has been received.", "twice-one.com", "twice-two.biz");
        assertThat(page).containsPattern("href=\"/jobs/\\d+\"");
        String operationId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(audited("domains.buy", "target_id = ? and target_label = ? and upstream_job_id = ?", operationId,
                "twice-one.com, twice-two.biz", "form-double")).isEqualTo(1);
        assertThat(audited("domains.buy", "target_id = ?", operationId)).isEqualTo(1);
    }

    @Test
    void aRefusalListsTheRefusedNamesAndOffersToBuyTheRestWithANewKey() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/buy-multiple").willReturn(aResponse().withStatus(422).withBody("""
                {"message": "The requested domain(s) are unavailable.", "unavailable": ["taken-one.com"]}""")));
        String key = UUID.randomUUID().toString();

        String location = mvc.perform(confirm(key, "SMTP", "taken-one.com", "rest-one.com", "rest-two.co"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        MvcResult operation = mvc.perform(get(location).with(OPERATOR)).andExpect(status().isOk()).andReturn();

        assertThat(operation.getModelAndView().getModel().get("rest")).isEqualTo(List.of("rest-one.com", "rest-two.co"));
        assertThat(operation.getResponse().getContentAsString())
                .contains("Refused by Mailin", "The requested domain(s) are unavailable.", "Nothing was bought")
                .contains("data-test=\"refused-name\">taken-one.com<", "data-test=\"buy-rest\"")
                .contains("name=\"selected\" value=\"rest-one.com\"", "name=\"selected\" value=\"rest-two.co\"");

        String rest = mvc.perform(post("/domains/buy/preview").param("provider", "SMTP")
                        .param("selected", "rest-one.com", "rest-two.co").with(OPERATOR).with(csrf()))
                .andExpect(view().name("domains/buy-preview"))
                .andExpect(model().attribute("names", List.of("rest-one.com", "rest-two.co")))
                .andReturn().getResponse().getContentAsString();
        assertThat(rest).contains("Confirming purchases these 2 domains").doesNotContain("taken-one.com");
        assertThat(key(rest)).isNotEqualTo(key);
    }

    @Test
    void aLostAnswerIsExplainedAndNotRetried() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/buy").willReturn(aResponse().withStatus(210).withFixedDelay(3000)
                .withBody("{\"uuid\": \"too-late\"}")));

        String location = mvc.perform(confirm(UUID.randomUUID().toString(), "SMTP", "lost-form.com"))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(OPERATOR)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Outcome unknown", "no answer came back", "NOT retried automatically",
                "looking for the names in the account").containsPattern("href=\"/jobs/\\d+\"");
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
    }

    @Test
    void aFailureSaysNothingWasBought() throws Exception {
        mailin.stubFor(WireMock.post(PUBLIC + "/domains/buy/google").willReturn(aResponse().withStatus(312)
                .withBody("{\"message\": \"Subscription required.\"}")));

        String location = mvc.perform(confirm(UUID.randomUUID().toString(), "GOOGLE", "no-subscription.com"))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(OPERATOR)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Failed", "Subscription required.", "Nothing was bought").doesNotContain("/jobs/");
    }

    @Test
    void aTamperedConfirmIsCheckedAgainAndNothingIsSent() throws Exception {
        mvc.perform(confirm("not-a-key", "SMTP", "tampered.com"))
                .andExpect(view().name("domains/buy"));
        mvc.perform(confirm(UUID.randomUUID().toString(), "SMTP", "tampered.net"))
                .andExpect(view().name("domains/buy"));
        mvc.perform(confirm(UUID.randomUUID().toString(), "INBOXKIT", "tampered.com"))
                .andExpect(view().name("domains/buy"));

        mailin.verify(0, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
    }

    @Test
    void unknownOperationsAreNotFound() throws Exception {
        mvc.perform(get("/domains/operations/987654321").with(OPERATOR)).andExpect(status().isNotFound());
    }

    @Test
    void viewersCanLookButNotBuy() throws Exception {
        mvc.perform(get("/domains/buy").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(post("/domains/buy/preview").param("provider", "SMTP").param("names", "a.com")
                .with(VIEWER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/domains/buy/edit").param("selected", "a.com").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/domains/buy/confirm").param("operationKey", UUID.randomUUID().toString())
                .param("provider", "SMTP").param("names", "a.com").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mailin.verify(0, postRequestedFor(urlEqualTo(PUBLIC + "/domains/buy")));
    }

    private static MockHttpServletRequestBuilder preview(String provider, String names) {
        return post("/domains/buy/preview").param("provider", provider).param("names", names).with(OPERATOR).with(csrf());
    }

    private static MockHttpServletRequestBuilder confirm(String key, String provider, String... names) {
        return post("/domains/buy/confirm").param("operationKey", key).param("provider", provider)
                .param("names", names).with(OPERATOR).with(csrf());
    }

    @SuppressWarnings("unchecked")
    private static List<DomainNameProblem> lineErrors(MvcResult result) {
        return (List<DomainNameProblem>) result.getModelAndView().getModel().get("lineErrors");
    }
}
