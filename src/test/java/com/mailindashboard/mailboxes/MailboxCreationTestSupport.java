package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Stubs and requests the mailbox creation tests share. */
final class MailboxCreationTestSupport {

    static final String OPERATOR = "ops@team.test";

    private MailboxCreationTestSupport() {
    }

    static RequestPostProcessor operator() {
        return user(OPERATOR).roles("OPERATOR");
    }

    /** A CSV upload to {@code /mailboxes/new} as an operator. */
    static MockMultipartHttpServletRequestBuilder upload(String provider, String fileName, byte[] content) {
        return multipart("/mailboxes/new").file(new MockMultipartFile("file", fileName, "text/csv", content))
                .param("provider", provider).with(operator()).with(csrf());
    }

    static MockMultipartHttpServletRequestBuilder upload(String provider, String csv) {
        return upload(provider, "mailboxes.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The dry run id in a redirect to {@code /mailboxes/new/{id}}. */
    static String dryRunId(String redirect) {
        return redirect.substring("/mailboxes/new/".length());
    }

    /** Every domain list (D3 and G1) answers with these domains, name and status ("1" active). */
    static void domains(WireMockServer mailin, String... nameAndStatus) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < nameAndStatus.length; i += 2) {
            items.add("{\"id\": " + (i + 1) + ", \"name\": \"" + nameAndStatus[i] + "\", \"status\": \""
                    + nameAndStatus[i + 1] + "\", \"name_server_status\": \"1\"}");
        }
        String body = page(items, 1, 1);
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains")).willReturn(aResponse().withStatus(200).withBody(body)));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/domains/list/google"))
                .willReturn(aResponse().withStatus(200).withBody(body)));
    }

    /** Every mailbox list (M1 and G5) is empty unless a more specific stub says otherwise. */
    static void noMailboxes(WireMockServer mailin) {
        String body = page(List.of(), 1, 1);
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withBody(body)));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/mailboxes/list/google")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withBody(body)));
    }

    static String mailbox(long id, String username) {
        return "{\"id\": " + id + ", \"name\": \"Someone\", \"username\": \"" + username + "\", \"status\": \"1\"}";
    }

    static String page(List<String> items, int page, int lastPage) {
        return "{\"current_page\": " + page + ", \"data\": [" + String.join(",", items) + "], \"last_page\": "
                + lastPage + ", \"per_page\": 100, \"total\": " + items.size() + "}";
    }

    /** {@code count} valid SMTP rows on a domain, with a header. */
    static String rows(String domain, int count) {
        StringBuilder csv = new StringBuilder("username,name,password\n");
        for (int i = 1; i <= count; i++) {
            csv.append("user").append(i).append('@').append(domain).append(",User ").append(i).append(",Secret-").append(1000 + i)
                    .append('\n');
        }
        return csv.toString();
    }
}
