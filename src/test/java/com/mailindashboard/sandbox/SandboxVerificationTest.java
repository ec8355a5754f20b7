package com.mailindashboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The sandbox's V1-V8: credits that go down, a history, verdicts by words, tasks that run, refund and download. */
@WebMvcTest(controllers = {SandboxAuthController.class, SandboxVerificationController.class},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.mailindashboard\\.(?!sandbox\\.).*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({SandboxState.class, SandboxVerification.class, SandboxWebConfiguration.class, SandboxExceptionHandler.class,
        SandboxAccess.class, SandboxTestClockConfiguration.class})
class SandboxVerificationTest {

    static final String API = "/sandbox/api/v1/public";

    @Autowired
    MockMvc mvc;
    @Autowired
    SandboxVerification verification;
    @Autowired
    SandboxAccess access;

    String token;

    @BeforeEach
    void fresh() throws Exception {
        verification.reset();
        String body = mvc.perform(post(API + "/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"sam@example.com\",\"password\":\"" + access.secret() + "\",\"device_name\":\"tests\"}"))
                .andReturn().getResponse().getContentAsString();
        token = JsonPath.read(body, "$.token");
    }

    @Test
    void singleVerdictsComeFromWordsInTheAddressAndCostOneCreditEach() throws Exception {
        single("ann@acme.io", "standard").andExpect(status().is(210)).andExpect(jsonPath("$.status").value("success"))
                .andExpect(jsonPath("$.result").value("deliverable")).andExpect(jsonPath("$.score").value(95))
                .andExpect(jsonPath("$.credit_used").value(1));
        single("bounce@acme.io", "standard").andExpect(jsonPath("$.result").value("invalid"));
        single("bounce@acme.io", "catch_all").andExpect(jsonPath("$.result").value("undeliverable"));
        single("risky.one@acme.io", "catch_all").andExpect(jsonPath("$.result").value("risky"));
        single("catchall@acme.io", "standard").andExpect(jsonPath("$.result").value("catch_all"));

        credits().andExpect(jsonPath("$.total_credits").value(12_495));
        authorized(get(API + "/credit-history").param("per_page", "2")).andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.data[0].debit").value(1)).andExpect(jsonPath("$.data[0].total_credit").value(12_495))
                .andExpect(jsonPath("$.data[0].created_at").exists()).andExpect(jsonPath("$.last_page").value(3));
    }

    @Test
    void aSlowAddressIsVerifyingUntilPolledEnough() throws Exception {
        String id = JsonPath.read(single("slow@acme.io", "standard").andExpect(jsonPath("$.status").value("verifying"))
                .andExpect(jsonPath("$.result").isEmpty()).andReturn().getResponse().getContentAsString(), "$.task_id");
        for (int i = 0; i < 3; i++) {
            authorized(get(API + "/get-single-email").param("task_id", id)).andExpect(jsonPath("$.status").value("verifying"));
        }
        authorized(get(API + "/get-single-email").param("task_id", id)).andExpect(jsonPath("$.status").value("success"))
                .andExpect(jsonPath("$.result").value("deliverable")).andExpect(jsonPath("$.credits_used").value(1));
    }

    @Test
    void aBulkTaskRunsThenCountsItsCategoriesAndGeneratesItsResults() throws Exception {
        String csv = "email\nann@acme.io\nbounce@acme.io\nunknown@acme.io\nann@acme.io\n";
        String id = JsonPath.read(file("leads.csv", csv, "standard").andExpect(status().is(210))
                .andReturn().getResponse().getContentAsString(), "$.task_id");
        credits().andExpect(jsonPath("$.total_credits").value(12_496));
        download(id, "deliverable").andExpect(jsonPath("$.message").value(SandboxVerification.DOWNLOAD_RUNNING));
        for (int i = 0; i < 3; i++) {
            detail(id).andExpect(jsonPath("$.message").value(SandboxVerification.RUNNING));
        }
        detail(id).andExpect(jsonPath("$.status").value("finished")).andExpect(jsonPath("$.total_rows").value(4))
                .andExpect(jsonPath("$.deliverable").value(1)).andExpect(jsonPath("$.invalid").value(1))
                .andExpect(jsonPath("$.unknown").value(1)).andExpect(jsonPath("$.duplicate").value(1))
                .andExpect(jsonPath("$.catch_all").value(0)).andExpect(jsonPath("$.risky").doesNotExist());

        String url = JsonPath.read(download(id, "deliverable").andReturn().getResponse().getContentAsString(), "$.download_url");
        String path = url.substring(url.indexOf("/sandbox/"));
        String results = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results).isEqualTo("email,result,score\r\nann@acme.io,deliverable,95\r\n");
        download(id, "risky").andExpect(status().is(422));
    }

    @Test
    void aFileWithoutAnEmailColumnFailsAndIsRefunded() throws Exception {
        String id = JsonPath.read(file("contacts.csv", "name,company\nAnn,Acme\nBob,Beta\n", "standard")
                .andReturn().getResponse().getContentAsString(), "$.task_id");
        credits().andExpect(jsonPath("$.total_credits").value(12_498));
        for (int i = 0; i < 3; i++) {
            detail(id).andExpect(jsonPath("$.message").value(SandboxVerification.RUNNING));
        }
        detail(id).andExpect(jsonPath("$.message").value(SandboxVerification.REFUNDED))
                .andExpect(jsonPath("$.reason").value("Column with email addresses not found"));
        detail(id).andExpect(jsonPath("$.reason").exists());

        credits().andExpect(jsonPath("$.total_credits").value(12_500));
        authorized(get(API + "/credit-history")).andExpect(jsonPath("$.data[0].credit").value(2))
                .andExpect(jsonPath("$.data[1].debit").value(2)).andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void limitsAreMailinsRefusals() throws Exception {
        String list = IntStream.rangeClosed(1, 501).mapToObj(i -> "u" + i + "@acme.io").collect(Collectors.joining(","));
        mvc.perform(multipartAuthorized(API + "/verify-bulk-emails").param("emails", list).param("type", "standard"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.message").value("You cannot verify more than 500 emails at once."));
        single("ann@acme.io", "fast").andExpect(status().is(422));
        String big = "email\n" + IntStream.rangeClosed(1, 12_501).mapToObj(i -> "u" + i + "@acme.io")
                .collect(Collectors.joining("\n"));
        file("big.csv", big, "standard").andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("You need 12501 credits to verify this file, but you only have 12500."));
        mvc.perform(get(API + "/get-credits")).andExpect(status().isUnauthorized());
    }

    private ResultActions single(String email, String type) throws Exception {
        return authorized(post(API + "/verify-single-email").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"type\":\"" + type + "\"}"));
    }

    private ResultActions file(String name, String content, String type) throws Exception {
        return mvc.perform(multipartAuthorized(API + "/verify-bulk-file")
                .file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .param("type", type));
    }

    private ResultActions detail(String id) throws Exception {
        return authorized(get(API + "/get-task-detail").param("task_id", id));
    }

    private ResultActions download(String id, String type) throws Exception {
        return mvc.perform(multipartAuthorized(API + "/download-verified-emails").param("task_id", id)
                .param("download_type", type));
    }

    private ResultActions credits() throws Exception {
        return authorized(get(API + "/get-credits"));
    }

    private ResultActions authorized(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private MockMultipartHttpServletRequestBuilder multipartAuthorized(String path) {
        MockMultipartHttpServletRequestBuilder builder = multipart(path);
        builder.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return builder;
    }

}
