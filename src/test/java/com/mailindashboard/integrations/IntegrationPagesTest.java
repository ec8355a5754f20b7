package com.mailindashboard.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /integrations}: per-kind fields checked before any call, Mailin's 422 field errors next to
 * their fields, secrets never echoed (not in forms, pages or requests they were not typed for).
 */
class IntegrationPagesTest extends WireMockPageTest {

    static final WireMockServer mailin = WireMockMailin.server();
    static final RequestPostProcessor OPERATOR = user("op@team.test").roles("OPERATOR");
    static final RequestPostProcessor VIEWER = user("viewer@team.test").roles("VIEWER");

    private void stubLists() {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/inbox-providers"))
                .willReturn(aResponse().withStatus(200).withBody(documented("P2-providers.json"))));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domain-registrars"))
                .willReturn(aResponse().withStatus(200).withBody(documented("R2-registrars.json"))));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/azure-orders"))
                .willReturn(aResponse().withStatus(200).withBody(documented("Z2-orders.json"))));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void viewersSeeBothTablesWithTheOrdersUsingThemAndNoSecret() throws Exception {
        stubLists();
        String html = page("/integrations", VIEWER);
        assertThat(html).contains("data-test=\"providers-row-SmartLead Account\"")
                .contains("data-test=\"registrars-row-My GoDaddy Account\"").contains("example.com")
                .contains("Page 1 of 5").doesNotContain("xxxxxx").doesNotContain("\"xxxx\"")
                .doesNotContain("data-test=\"add-providers\"");
    }

    @Test
    void eachKindsNeededFieldsAreCheckedBeforeAnyCallAndSecretsAreNotEchoed() throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.post("/integrations/providers").with(OPERATOR).with(csrf())
                        .param("type", "plusvibe").param("name", "PV").param("apiKey", "typed-secret-key"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-test=\"error-workspaceId\"").doesNotContain("typed-secret-key")
                .contains("value=\"PV\"");

        html = mvc.perform(MockMvcRequestBuilders.post("/integrations/registrars").with(OPERATOR).with(csrf())
                        .param("type", "namecheap").param("name", "NC").param("apiKey", "k").param("apiUser", "u")
                        .param("username", "me").param("whitelistedIp", "300.1.2.3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-test=\"error-whitelistedIp\"").contains("value=\"300.1.2.3\"");

        html = mvc.perform(MockMvcRequestBuilders.post("/integrations/registrars").with(OPERATOR).with(csrf())
                        .param("type", "porkbun").param("name", "PB").param("apiKey", "k"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-test=\"error-secretApiKey\"");
        mailin.verify(0, anyRequestedFor(urlMatching(".*/(inbox-providers|domain-registrars).*")));
    }

    @Test
    void onlyTheKindsFieldsAreSentAndMailinsFieldErrorsShowNextToTheirFields() throws Exception {
        mailin.stubFor(post(PUBLIC + "/inbox-providers/add").willReturn(aResponse().withStatus(422).withBody("""
                {"message": "The api key is invalid.", "errors": {"api_key": ["The api key is invalid."]}}""")));

        String html = mvc.perform(MockMvcRequestBuilders.post("/integrations/providers").with(OPERATOR).with(csrf())
                        .param("type", "smartlead").param("name", "SL team").param("apiKey", "bad-key-123")
                        .param("oauthUrl", "https://smartlead.example.com/oauth").param("workspaceId", "not-for-smartlead"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/inbox-providers/add")).withRequestBody(equalToJson("""
                {"name": "SL team", "provider": "smartlead", "api_key": "bad-key-123",
                 "oauth_url": "https://smartlead.example.com/oauth"}""")));
        assertThat(html).contains("data-test=\"error-apiKey\"").contains("The api key is invalid.")
                .contains("value=\"SL team\"").contains("https://smartlead.example.com/oauth")
                .doesNotContain("bad-key-123");
    }

    @Test
    void addingSucceedsAndGoesBackToTheList() throws Exception {
        mailin.stubFor(post(PUBLIC + "/domain-registrars/add").willReturn(aResponse().withStatus(201)
                .withBody(documented("R1-registrar-created.json"))));
        mvc.perform(MockMvcRequestBuilders.post("/integrations/registrars").with(OPERATOR).with(csrf())
                        .param("type", "namecheap").param("name", "NC").param("apiKey", "k-1").param("apiUser", "apiu")
                        .param("username", "me").param("whitelistedIp", "65.109.237.170"))
                .andExpect(redirectedUrl("/integrations"));
        mailin.verify(1, postRequestedFor(urlEqualTo(PUBLIC + "/domain-registrars/add")).withRequestBody(equalToJson("""
                {"name": "NC", "provider": "namecheap", "api_key": "k-1", "api_user": "apiu", "username": "me",
                 "whitelisted_ip": "65.109.237.170"}""")));
    }

    @Test
    void anEditShowsSecretsAsConfiguredAndOmitsThoseNotReplaced() throws Exception {
        stubLists();
        String html = page("/integrations/providers/1/edit", OPERATOR);
        assertThat(html).contains("data-test=\"configured-apiKey\"").doesNotContain("xxxxxx")
                .contains("value=\"SmartLead Account\"").contains("https://smartlead.example.com/oauth");

        mailin.stubFor(put(PUBLIC + "/inbox-providers/update/1").willReturn(aResponse().withStatus(200)
                .withBody(documented("P3-provider-updated.json"))));
        mvc.perform(MockMvcRequestBuilders.post("/integrations/providers/1").with(OPERATOR).with(csrf()).param("type", "smartlead")
                        .param("name", "SmartLead Account").param("apiKey", "").param("oauthUrl", "https://sl.example.com/o"))
                .andExpect(redirectedUrl("/integrations"));
        mailin.verify(1, putRequestedFor(urlEqualTo(PUBLIC + "/inbox-providers/update/1")).withRequestBody(equalToJson("""
                {"name": "SmartLead Account", "provider": "smartlead", "oauth_url": "https://sl.example.com/o"}""")));
    }

    @Test
    void deletingNeedsTheNameTypedAndWarnsWhenOrdersUseIt() throws Exception {
        stubLists();
        String html = page("/integrations/providers/1/edit", OPERATOR);
        assertThat(html).contains("data-test=\"delete-used-warning\"").contains("example.com");

        mvc.perform(MockMvcRequestBuilders.post("/integrations/providers/1/delete").with(OPERATOR).with(csrf()).param("confirmName", "SmartLead"))
                .andExpect(redirectedUrl("/integrations/providers/1/edit"));
        mailin.verify(0, deleteRequestedFor(urlMatching(".*/inbox-providers/delete/.*")));

        mailin.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(PUBLIC + "/inbox-providers/delete/1")
                .willReturn(aResponse().withStatus(200).withBody(documented("P4-provider-deleted.json"))));
        mvc.perform(MockMvcRequestBuilders.post("/integrations/providers/1/delete").with(OPERATOR).with(csrf())
                        .param("confirmName", "SmartLead Account"))
                .andExpect(redirectedUrl("/integrations"));
        mailin.verify(1, deleteRequestedFor(urlEqualTo(PUBLIC + "/inbox-providers/delete/1")));
    }

    @Test
    void viewersCannotWrite() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/integrations/providers").with(VIEWER).with(csrf()).param("type", "smartlead")
                .param("name", "x").param("apiKey", "y")).andExpect(status().isForbidden());
    }
}
