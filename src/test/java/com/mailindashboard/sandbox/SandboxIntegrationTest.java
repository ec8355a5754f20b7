package com.mailindashboard.sandbox;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class SandboxIntegrationTest extends SandboxMvcTestSupport {

    @Test
    void inboxProvidersAreAddedListedUpdatedAndDeleted() throws Exception {
        ResultActions added = posting("/inbox-providers/add",
                "{\"name\":\"Instantly\",\"provider\":\"instantly\",\"api_key\":\"k-1\",\"password\":\"p\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.message").value("Provider has been successfully created."))
                .andExpect(jsonPath("$.provider_id").value(2));
        int id = read(added, "$.provider_id");

        getting("/inbox-providers")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.per_page").value(15))
                .andExpect(jsonPath("$.data[1].user_id").value(1))
                .andExpect(jsonPath("$.data[1].provider").value("instantly"))
                .andExpect(jsonPath("$.data[1].workspace_id").value(nullValue()))
                .andExpect(jsonPath("$.data[1].password").doesNotExist());

        updating("/inbox-providers/update/" + id, "{\"provider\":\"plusvibe\",\"workspace_id\":\"ws-9\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Provider updated successfully."));
        getting("/inbox-providers?name=instantly")
                .andExpect(jsonPath("$.data[0].provider").value("plusvibe"))
                .andExpect(jsonPath("$.data[0].workspace_id").value("ws-9"))
                .andExpect(jsonPath("$.data[0].name").value("Instantly"));

        deleting("/inbox-providers/delete/" + id)
                .andExpect(jsonPath("$.message").value("Provider deleted successfully."));
        deleting("/inbox-providers/delete/" + id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Provider not found."));
    }

    @Test
    void providersMustBeOnesMailinKnows() throws Exception {
        posting("/inbox-providers/add", "{\"name\":\"X\",\"provider\":\"lemlist\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The selected provider is invalid."));
        posting("/inbox-providers/add", "{\"provider\":\"smartlead\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The name field is required."));
        posting("/domain-registrars/add", "{\"name\":\"P\",\"provider\":\"porkbun\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The api key field is required."));
        updating("/domain-registrars/update/1", "{\"whitelisted_ip\":\"300.1.1.1\"}")
                .andExpect(status().is(422));
    }

    @Test
    void registrarsAreAddedListedTenAPageAndDeleted() throws Exception {
        posting("/domain-registrars/add",
                "{\"name\":\"NC\",\"provider\":\"namecheap\",\"api_key\":\"k\",\"api_user\":\"u\","
                        + "\"whitelisted_ip\":\"65.109.237.170\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.message").value("Domain registrar created successfully."))
                .andExpect(jsonPath("$.id").value(2));
        getting("/domain-registrars")
                .andExpect(jsonPath("$.per_page").value(10))
                .andExpect(jsonPath("$.data", hasSize(2)))
                .andExpect(jsonPath("$.data[0].provider").value("godaddy"));
        updating("/domain-registrars/update/2", "{\"api_key\":\"k2\"}")
                .andExpect(jsonPath("$.message").value("Registrar updated successfully."));
        deleting("/domain-registrars/2")
                .andExpect(jsonPath("$.message").value("Registrar deleted successfully."));
        getting("/domain-registrars").andExpect(jsonPath("$.total").value(1));
        updating("/domain-registrars/update/2", "{\"api_key\":\"k3\"}").andExpect(status().isNotFound());
    }

    private ResultActions updating(String path, String json) throws Exception {
        return mvc.perform(put(API + path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
