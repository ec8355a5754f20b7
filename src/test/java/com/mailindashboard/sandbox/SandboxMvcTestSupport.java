package com.mailindashboard.sandbox;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sandbox's controllers over MockMvc, without the dashboard's security filters (the sandbox
 * checks its own bearer tokens). Every test starts from the seeded state, with a fresh token and
 * the clock at a fixed instant.
 */
@WebMvcTest(controllers = {SandboxAuthController.class, SandboxAccountController.class,
        SandboxDomainController.class, SandboxDomainOrderController.class, SandboxMailboxController.class,
        SandboxGoogleMailboxController.class, SandboxIntegrationController.class},
        // the slice would also pick up the dashboard's advice and filters: the sandbox stands alone
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.mailindashboard\\.(?!sandbox\\.).*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({SandboxState.class, SandboxDomainService.class, SandboxDomainOrders.class, SandboxMailboxService.class,
        SandboxGoogleMailboxService.class, SandboxIntegrationService.class, SandboxWebConfiguration.class,
        SandboxExceptionHandler.class, SandboxAccess.class, SandboxTestClockConfiguration.class})
abstract class SandboxMvcTestSupport {

    static final String API = "/sandbox/api/v1/public";

    @Autowired
    MockMvc mvc;

    @Autowired
    SandboxState state;

    @Autowired
    SandboxTestClock clock;

    @Autowired
    SandboxAccess access;

    String token;

    @BeforeEach
    void startFromSeed() throws Exception {
        clock.reset();
        state.reset();
        token = login();
    }

    String login() throws Exception {
        String body = mvc.perform(post(API + "/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"sam@example.com\",\"password\":\"" + access.secret() + "\","
                                + "\"device_name\":\"tests\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    ResultActions getting(String path) throws Exception {
        return mvc.perform(authorized(get(API + path)));
    }

    ResultActions posting(String path, String json) throws Exception {
        return mvc.perform(authorized(post(API + path)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions posting(String path) throws Exception {
        return mvc.perform(authorized(post(API + path)));
    }

    ResultActions deleting(String path) throws Exception {
        return mvc.perform(authorized(delete(API + path)));
    }

    /** A value of the JSON answer, e.g. {@code read(result, "$.uuid")}. */
    static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
}
