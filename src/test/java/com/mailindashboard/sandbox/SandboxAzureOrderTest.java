package com.mailindashboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/** Z1 to Z11 in the sandbox: validation, state and the asynchronous behaviour an order goes through. */
@Import({SandboxAzureOrderController.class, SandboxAzureOrders.class})
@TestPropertySource(properties = {"dashboard.sandbox.order-status-reads=2", "dashboard.sandbox.upload-step=40"})
class SandboxAzureOrderTest extends SandboxMvcTestSupport {

    @Autowired
    SandboxAzureOrders orders;

    @BeforeEach
    void noOrders() {
        orders.reset();
    }

    static String manual(String domain, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"name\":\"User " + i + "\",\"email\":\"user" + i + "@" + domain + "\"}")
                .collect(Collectors.joining(",", "{\"mailbox_mode\":\"manual\",\"domain\":\"" + domain
                        + "\",\"is_purchase\":1,\"provider_id\":1,\"mailboxes\":[", "]}"));
    }

    @Test
    void anOrderGoesFromInProgressToReadyWithNameserversMailboxesAndAnUploadThatEndsWithAFewFailures() throws Exception {
        posting("/azure-orders/add", manual("fresh-order.com", 100)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.message").value(startsWith("Order processed successfully.")))
                .andExpect(jsonPath("$.id").doesNotExist());

        ResultActions list = getting("/azure-orders").andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.data[0].domain").value("fresh-order.com"))
                .andExpect(jsonPath("$.data[0].mailbox_mode").value("manual"))
                .andExpect(jsonPath("$.data[0].is_purchase").value(1))
                .andExpect(jsonPath("$.data[0].provider.name").value("SmartLead Account"))
                .andExpect(jsonPath("$.data[0].provider.api_key").doesNotExist())
                .andExpect(jsonPath("$.data[0].mailboxes", hasSize(100)))
                .andExpect(jsonPath("$.data[0].mailboxes[0].password").value("******"));
        int id = read(list, "$.data[0].id");

        getting("/azure-orders/nameservers/" + id).andExpect(jsonPath("$.nameservers", hasSize(0)));
        getting("/azure-orders/get-mailboxes/" + id).andExpect(jsonPath("$.mailboxes", hasSize(0)));
        mvcUpload(id).andExpect(jsonPath("$.upload_status_summary.pending").value(100))
                .andExpect(jsonPath("$.upload_status_summary.uploaded").value(0));
        posting("/azure-orders/trigger-re-upload/" + id).andExpect(status().is(311));

        getting("/azure-orders/status/" + id).andExpect(jsonPath("$.data.status").value("in-progress"))
                .andExpect(jsonPath("$.data.id").value(id));
        getting("/azure-orders/nameservers/" + id).andExpect(jsonPath("$.nameservers", hasSize(2)));
        getting("/azure-orders/status/" + id).andExpect(jsonPath("$.data.status").value("ready"));

        String password = read(getting("/azure-orders/get-mailboxes/" + id)
                .andExpect(jsonPath("$.mailboxes", hasSize(100)))
                .andExpect(jsonPath("$.mailboxes[0].username").value("user1@fresh-order.com")), "$.mailboxes[0].password");
        assertThat(password).isNotEqualTo("******").hasSizeGreaterThan(8);

        mvcUpload(id).andExpect(jsonPath("$.upload_status_summary.uploaded").value(40))
                .andExpect(jsonPath("$.upload_status_summary.pending").value(60));
        mvcUpload(id).andExpect(jsonPath("$.upload_status_summary.pending").value(20));
        mvcUpload(id).andExpect(jsonPath("$.upload_status_summary.pending").value(0))
                .andExpect(jsonPath("$.upload_status_summary.uploaded").value(97))
                .andExpect(jsonPath("$.upload_status_summary.alreadyExistsOtherAccount").value(1))
                .andExpect(jsonPath("$.upload_status_summary.failed").value(2));

        posting("/azure-orders/trigger-re-upload/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Reupload triggered successfully."));
        mvcUpload(id).andExpect(jsonPath("$.upload_status_summary.uploaded").value(99))
                .andExpect(jsonPath("$.upload_status_summary.failed").value(0))
                .andExpect(jsonPath("$.upload_status_summary.pending").value(0));
    }

    @Test
    void manualOrdersNeedExactlyAHundredMailboxesOnTheDomainAndOneOrderPerDomain() throws Exception {
        posting("/azure-orders/add", manual("short-order.com", 3)).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors.mailboxes[0]").value("The mailboxes field must contain 100 items."));
        posting("/azure-orders/add", manual("wrong-tld.org", 100)).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors.domain").exists());
        posting("/azure-orders/add", manual("fresh-order.com", 100).replace("user7@fresh-order.com", "user7@other.com"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors['mailboxes.6.email'][0]").value("Email must belong to the given domain."));
        posting("/azure-orders/add", manual("fresh-order.com", 100)).andExpect(status().isCreated());
        posting("/azure-orders/add", manual("fresh-order.com", 100)).andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("Order already exists in your account."));
    }

    @Test
    void autoOrdersGetAHundredUniqueMailboxesFromTheNames() throws Exception {
        posting("/azure-orders/add", "{\"mailbox_mode\":\"auto\",\"full_name\":[\"John Doe\",\"Sam Doe\"],"
                + "\"domain\":\"auto-order.com\",\"is_purchase\":0}").andExpect(status().isCreated());
        int id = read(getting("/azure-orders"), "$.data[0].id");
        getting("/azure-orders/status/" + id);
        getting("/azure-orders/status/" + id);
        List<String> addresses = read(getting("/azure-orders/get-mailboxes/" + id), "$.mailboxes[*].username");
        assertThat(addresses).hasSize(100).doesNotHaveDuplicates().allMatch(a -> a.endsWith("@auto-order.com"))
                .contains("john.doe@auto-order.com", "sam@auto-order.com");
    }

    @Test
    void providerMasterDomainAndDeleteChangeTheOrder() throws Exception {
        posting("/azure-orders/add", "{\"mailbox_mode\":\"auto\",\"full_name\":[\"Ann Lee\"],"
                + "\"domain\":\"change-order.com\",\"is_purchase\":1}").andExpect(status().isCreated());
        int id = read(getting("/azure-orders"), "$.data[0].id");
        mvcUpload(id).andExpect(jsonPath("$.upload_status_summary.total").value(0));
        posting("/azure-orders/set-inbox-provider/" + id, "{\"provider_id\": 99}").andExpect(status().isNotFound());
        posting("/azure-orders/set-inbox-provider/" + id, "{\"provider_id\": 1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Inbox Provider set successfully."));
        mvcUpload(id).andExpect(jsonPath("$.upload_status_summary.total").value(100));
        posting("/azure-orders/set-redirect-domain/" + id, "{\"forward_to\": \"getopener.com\"}")
                .andExpect(jsonPath("$.message").value("Master domain set successfully."));
        posting("/azure-orders/set-redirect-domain/" + id, "{\"forward_to\": \"not a domain\"}").andExpect(status().is(422));
        posting("/azure-orders/remove-inbox-provider/" + id).andExpect(status().isOk());
        getting("/azure-orders").andExpect(jsonPath("$.data[0].provider_id").doesNotExist());
        getting("/azure-orders/remove/" + id).andExpect(jsonPath("$.message").value("Order deleted successfully."));
        getting("/azure-orders/status/" + id).andExpect(status().isNotFound());
    }

    private ResultActions mvcUpload(int id) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/sandbox/api/v1/azure-orders/get-inbox-provider-status/" + id)
                .header("Authorization", "Bearer " + token));
    }
}
