package com.mailindashboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

class SandboxAuthTest extends SandboxMvcTestSupport {

    @Test
    void loginIssuesASanctumStyleTokenForTheDemoUser() throws Exception {
        mvc.perform(post(API + "/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"a@b.co\",\"password\":\"" + access.secret() + "\",\"device_name\":\"x\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user_id").value(1))
                .andExpect(jsonPath("$.token").value(matchesPattern("\\d+\\|[A-Za-z0-9]{48}")));
    }

    /** Issue 7 item 12: only this process's secret logs in; any other password is refused like Mailin does. */
    @Test
    void anyPasswordButTheProcessSecretIsRefusedWith422() throws Exception {
        for (String password : new String[] {"wrong-password", "anything", "sandbox-demo-password",
                access.secret() + "x"}) {
            mvc.perform(post(API + "/auth/login").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"a@b.co\",\"password\":\"" + password + "\",\"device_name\":\"x\"}"))
                    .andExpect(status().is(422))
                    .andExpect(content().json("{\"message\":\"The provided credentials are incorrect.\"}"));
        }
    }

    @Test
    void blankCredentialsFailValidation() throws Exception {
        mvc.perform(post(API + "/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\" \",\"password\":\"x\",\"device_name\":\"x\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The email field is required."))
                .andExpect(jsonPath("$.errors.email[0]").value("The email field is required."));
    }

    @Test
    void callsWithoutAValidTokenAreUnauthenticated() throws Exception {
        mvc.perform(get(API + "/servers"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().json("{\"message\":\"Unauthenticated.\"}", JsonCompareMode.STRICT));
        mvc.perform(get(API + "/domains").header(HttpHeaders.AUTHORIZATION, "Bearer 1|not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/domains").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokensExpireAfterTheirTimeToLive() throws Exception {
        clock.advance(Duration.ofMinutes(29));
        getting("/servers").andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(1));
        getting("/servers").andExpect(status().isUnauthorized());

        token = login();
        getting("/servers").andExpect(status().isOk());
    }

    @Test
    void expiringAllTokensForcesANewLogin() throws Exception {
        String first = token;
        state.expireAllTokens();
        getting("/users/1").andExpect(status().isUnauthorized());

        token = login();
        assertThat(token).isNotEqualTo(first);
        getting("/users/1").andExpect(status().isOk());
    }

    @Test
    void theUserIsTheDemoAccountAndOnlyItsOwnIdIsFound() throws Exception {
        getting("/users/1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(1))
                .andExpect(jsonPath("$.first_name").value("Sam"))
                .andExpect(jsonPath("$.last_name").value("Sandbox"))
                .andExpect(jsonPath("$.org_name").value("Sandbox Outbound Co"))
                .andExpect(jsonPath("$.mailboxes_slots").value(200))
                .andExpect(jsonPath("$.created_at").value(endsWith(".000000Z")));
        getting("/users/2").andExpect(status().isNotFound());
        getting("/users/me").andExpect(status().isNotFound());
    }

    @Test
    void serversAreListedAndFoundById() throws Exception {
        getting("/servers")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].public_ip").exists())
                .andExpect(jsonPath("$[0].server_type").exists())
                .andExpect(jsonPath("$[2].active").value(0));
        getting("/servers/201").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("Running"));
        getting("/servers/999").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Server not found."));
    }

    @Test
    void documentationAnswers() throws Exception {
        getting("/documentation").andExpect(status().isOk()).andExpect(jsonPath("$.message").exists());
    }
}
