package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Health checks are open for containers; details and metrics only for admins. */
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
    void healthDetailsAndMetricsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health").with(httpBasic("admin@team.test", "wrong-password-0")))
                .andExpect(status().isUnauthorized());

        String health = mvc.perform(get("/actuator/health").with(httpBasic("admin@team.test", "admin-password-123")))
                .andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"mailin\"").contains("not configured");
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin@team.test", "admin-password-123")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}
