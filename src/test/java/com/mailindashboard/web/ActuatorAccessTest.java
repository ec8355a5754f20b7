package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Health checks are open for containers; details and metrics only for a signed-in admin (the
 * throttled form login: there is no second, unthrottled way in such as HTTP Basic).
 */
@IntegrationTest
@AutoConfigureMockMvc
class ActuatorAccessTest {

    @Autowired
    MockMvc mvc;

    @Test
    void livenessAndReadinessAreOpen() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void healthDetailsAndMetricsNeedASignedInAdmin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin@team.test", "Quiet-Lantern-Fjord-82")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user("op@team.test").roles("OPERATOR")))
                .andExpect(status().isForbidden());

        String health = mvc.perform(get("/actuator/health").with(user("admin@team.test").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"mailin\"").contains("not configured");
        String metrics = mvc.perform(get("/actuator/prometheus").with(user("admin@team.test").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    /** Issue 7 item 12: with the sandbox off, its API does not exist, whatever the client address. */
    @Test
    void theSandboxIsNotServedWhileItIsOff() throws Exception {
        for (String address : new String[] {"203.0.113.7", "127.0.0.1"}) {
            mvc.perform(get("/sandbox/api/v1/public/servers").with(request -> {
                request.setRemoteAddr(address);
                return request;
            })).andExpect(status().isNotFound());
            mvc.perform(post("/sandbox/api/v1/public/auth/login").contentType("application/json")
                    .content("{\"email\":\"a@b.co\",\"password\":\"x\",\"device_name\":\"x\"}")
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    })).andExpect(status().isNotFound());
        }
    }
}
