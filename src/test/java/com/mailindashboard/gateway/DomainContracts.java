package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.gateway.GatewayTestSupport.AUTH;
import static com.mailindashboard.gateway.GatewayTestSupport.PUBLIC;
import static com.mailindashboard.gateway.GatewayTestSupport.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Request matchers, documented request bodies and expectations shared by the SMTP and Google
 * domain contract tests (the vendor documents the same bodies for D6/G2, D8/G3 and D9/G4).
 */
final class DomainContracts {

    static final String JOB = "5d297ac4-1bf4-4f3c-935c-ec9df38d63b3";
    static final String BUY_NAME = "mynewbusiness.com";
    static final List<String> BUY_NAMES = List.of("mynewbusiness.com", "anothergreatidea.co");
    static final String TRANSFER_NAME = "mybusiness.com";
    static final String BUY_BODY = "{\"domain_name\": \"mynewbusiness.com\"}";
    static final String BUY_MULTIPLE_BODY = "{\"domain_names\": [\"mynewbusiness.com\", \"anothergreatidea.co\"]}";
    static final String TRANSFER_BODY = "{\"domain_name\": \"mybusiness.com\"}";
    static final String TRANSFER_STARTED =
            "Your request has been received and the transfer process has been started.";
    static final DomainPurchase DOCUMENTED_PURCHASE = new DomainPurchase(
            "Your request has been received and will be processed as soon as possible.", JOB, 210);

    private DomainContracts() {
    }

    /** An authorized GET of a public path (query parameters are matched by the caller). */
    static MappingBuilder authorizedGet(String path) {
        return get(urlPathEqualTo(PUBLIC + path)).withHeader("Authorization", equalTo(AUTH));
    }

    /** An authorized POST of a public path whose JSON body equals {@code json}. */
    static MappingBuilder authorizedJsonPost(String path, String json) {
        return post(PUBLIC + path).withHeader("Authorization", equalTo(AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json));
    }

    /** The first page request the vendor's list examples show: {@code ?page=1&per_page=10&name=example}. */
    static MappingBuilder documentedFirstPage(String path) {
        return authorizedGet(path).withQueryParam("page", equalTo("1")).withQueryParam("per_page", equalTo("10"))
                .withQueryParam("name", equalTo("example"));
    }

    /** A documented body from {@code src/test/resources/mailin/} with its status. */
    static ResponseDefinitionBuilder documented(int status, String file) {
        return aResponse().withStatus(status).withBody(body(file));
    }

    /** The documented transfer reply (D9, G4): the message and the four name servers. */
    static void assertDocumentedTransfer(DomainTransfer transfer) {
        assertThat(transfer.message()).isEqualTo(TRANSFER_STARTED);
        assertThat(transfer.nameServers()).containsExactly("ns-123.awsdns-45.com", "ns-234.awsdns-56.net",
                "ns-345.awsdns-67.org", "ns-456.awsdns-78.co.uk");
    }

    /** The documented 422 of a purchase (D6, D8, G2, G3): Mailin's message and the names it refused. */
    static void assertUnavailable(ThrowingCallable purchase, String... names) {
        assertThatThrownBy(purchase).isInstanceOfSatisfying(MailinValidationException.class, e -> {
            assertThat(e.upstreamMessage()).isEqualTo("The requested domain(s) are unavailable.");
            assertThat(e.unavailable()).containsExactly(names);
        });
    }
}
