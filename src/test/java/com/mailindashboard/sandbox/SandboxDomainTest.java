package com.mailindashboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class SandboxDomainTest extends SandboxMvcTestSupport {

    @Test
    void domainListsArePagedTheLaravelWay() throws Exception {
        getting("/domains?page=3&per_page=10")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current_page").value(3))
                .andExpect(jsonPath("$.data", hasSize(4)))
                .andExpect(jsonPath("$.data[0].id").value(21))
                .andExpect(jsonPath("$.from").value(21))
                .andExpect(jsonPath("$.to").value(24))
                .andExpect(jsonPath("$.total").value(24))
                .andExpect(jsonPath("$.per_page").value(10))
                .andExpect(jsonPath("$.last_page").value(3))
                .andExpect(jsonPath("$.next_page_url").value(nullValue()))
                .andExpect(jsonPath("$.prev_page_url").value("http://localhost" + API + "/domains?page=2"))
                .andExpect(jsonPath("$.first_page_url").value("http://localhost" + API + "/domains?page=1"))
                .andExpect(jsonPath("$.last_page_url").value("http://localhost" + API + "/domains?page=3"))
                .andExpect(jsonPath("$.path").value("http://localhost" + API + "/domains"));
    }

    @Test
    void theDefaultPageHoldsFifteenAndAPageBeyondTheEndIsEmpty() throws Exception {
        getting("/domains")
                .andExpect(jsonPath("$.data", hasSize(15)))
                .andExpect(jsonPath("$.per_page").value(15))
                .andExpect(jsonPath("$.last_page").value(2))
                .andExpect(jsonPath("$.next_page_url").value("http://localhost" + API + "/domains?page=2"));
        getting("/domains?page=9")
                .andExpect(jsonPath("$.data", empty()))
                .andExpect(jsonPath("$.from").value(nullValue()))
                .andExpect(jsonPath("$.to").value(nullValue()));
    }

    @Test
    void theNameFilterIsACaseInsensitiveWildcard() throws Exception {
        getting("/domains?name=GetOpener&per_page=10")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.data[*].name", contains("getopener.com", "getopener.co")))
                .andExpect(jsonPath("$.first_page_url")
                        .value("http://localhost" + API + "/domains?page=1&name=GetOpener"));
    }

    @Test
    void domainItemsHaveTheVendorsFields() throws Exception {
        getting("/domains?per_page=5")
                .andExpect(jsonPath("$.data[0].name").value("getopener.com"))
                .andExpect(jsonPath("$.data[0].main_domain").value("getopener.com"))
                .andExpect(jsonPath("$.data[0].name_servers").value("ns1.mailin.ai, ns2.mailin.ai"))
                .andExpect(jsonPath("$.data[0].name_server_status").value("1"))
                .andExpect(jsonPath("$.data[0].status").value("1"))
                .andExpect(jsonPath("$.data[0].domain_provider").exists())
                .andExpect(jsonPath("$.data[4].status").value("0"))
                .andExpect(jsonPath("$.data[4].name_servers").value(nullValue()));
        getting("/domains/1")
                .andExpect(jsonPath("$.status").value("Active"))
                .andExpect(jsonPath("$.main_domain").value(1))
                .andExpect(jsonPath("$.provider_type").value("smtp"));
        getting("/domains/1/rate-limit")
                .andExpect(jsonPath("$.name").value("getopener.com"))
                .andExpect(jsonPath("$.rate_limit").value("500 / d"));
        getting("/domains/999").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Domain not found."));
    }

    @Test
    void googleDomainsAreListedApartWithTheirProviderType() throws Exception {
        getting("/domains/list/google")
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.data[*].provider_type", everyItem(is("google"))));
    }

    @Test
    void aPurchaseIsPendingForThreePollsThenCompletesWithTheNewDomain() throws Exception {
        ResultActions bought = posting("/domains/buy", "{\"domain_name\":\"freshleads.com\"}")
                .andExpect(status().is(210))
                .andExpect(jsonPath("$.message").value(SandboxBodies.REQUEST_RECEIVED));
        String uuid = read(bought, "$.uuid");

        for (int poll = 1; poll <= 3; poll++) {
            getting("/domains/status/" + uuid)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(uuid))
                    .andExpect(jsonPath("$.status").value("pending"))
                    .andExpect(jsonPath("$.report").value("Job Created - BatchAddDomain pending"))
                    .andExpect(jsonPath("$.data", empty()));
            getting("/domains?name=freshleads").andExpect(jsonPath("$.total").value(0));
        }
        ResultActions done = getting("/domains/status/" + uuid)
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.data", hasSize(1)));
        String newId = read(done, "$.data[0]");

        getting("/domains?name=freshleads")
                .andExpect(jsonPath("$.data[0].id").value(Integer.parseInt(newId)))
                .andExpect(jsonPath("$.data[0].status").value("0"));
        getting("/domains?name=freshleads")
                .andExpect(jsonPath("$.data[0].status").value("1"))
                .andExpect(jsonPath("$.data[0].name_server_status").value("1"));
        getting("/domains/status/" + uuid).andExpect(jsonPath("$.status").value("completed"));
    }

    @Test
    void buyingSeveralGoogleDomainsAddsThemAllToTheGoogleList() throws Exception {
        String uuid = read(posting("/domains/buy-multiple/google",
                        "{\"domain_names\":[\"alpha-send.com\",\"beta-send.co\"]}").andExpect(status().is(210)),
                "$.uuid");
        for (int poll = 0; poll < 4; poll++) {
            getting("/domains/status/" + uuid);
        }
        getting("/domains/list/google?name=-send")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.data[*].provider_type", everyItem(is("google"))));
        getting("/domains?name=-send").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void unknownJobsAreNotFound() throws Exception {
        getting("/domains/status/5d297ac4-1bf4-4f3c-935c-ec9df38d63b3")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Domain not found."));
    }

    @Test
    void takenNamesAreUnavailable() throws Exception {
        getting("/domains/check/domain-availability?domain_name=freshleads.com")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(true))
                .andExpect(jsonPath("$.message").value("Domain is available"));
        for (String taken : List.of("taken-name.com", "mygoogle.co", "amazonia.biz", "getopener.com")) {
            getting("/domains/check/domain-availability?domain_name=" + taken)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.available").value(false))
                    .andExpect(jsonPath("$.message").value("Domain is unavailable"));
        }
        posting("/domains/buy", "{\"domain_name\":\"taken-name.com\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The requested domain(s) are unavailable."))
                .andExpect(jsonPath("$.unavailable.domain").value("taken-name.com"));
        posting("/domains/buy-multiple", "{\"domain_names\":[\"fine-one.com\",\"amazon-deals.com\",\"getopener.co\"]}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.unavailable", contains("amazon-deals.com", "getopener.co")));
    }

    @Test
    void aNameBeingBoughtCannotBeBoughtTwice() throws Exception {
        posting("/domains/buy", "{\"domain_name\":\"onceonly.com\"}").andExpect(status().is(210));
        posting("/domains/buy/google", "{\"domain_name\":\"onceonly.com\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.unavailable.domain").value("onceonly.com"));
    }

    @Test
    void onlyFourTopLevelDomainsCanBeBought() throws Exception {
        posting("/domains/buy", "{\"domain_name\":\"freshleads.io\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value(
                        "The domain name must end with one of the following: .com, .co, .ca, .biz."))
                .andExpect(jsonPath("$.errors.domain_name").isArray());
        posting("/domains/buy-multiple", "{\"domain_names\":[\"ok.com\",\"bad.net\"]}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors['domain_names.1']").isArray());
        posting("/domains/buy", "{}").andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The domain name field is required."));
        posting("/domains/buy", "not json").andExpect(status().is(422));
    }

    @Test
    void aTransferAnswersNameServersAndAddsAPendingDomain() throws Exception {
        posting("/domains/transfer", "{\"domain_name\":\"movedin.org\"}")
                .andExpect(status().is(210))
                .andExpect(jsonPath("$.name_servers", hasSize(4)))
                .andExpect(jsonPath("$.name_servers[0]").value(containsString("awsdns")));
        getting("/domains?name=movedin")
                .andExpect(jsonPath("$.data[0].status").value("0"))
                .andExpect(jsonPath("$.data[0].name_servers").value(containsString(", ")));
        getting("/domains?name=movedin").andExpect(jsonPath("$.data[0].status").value("1"));
        posting("/domains/transfer/google", "{\"domain_name\":\"movedin.org\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("Domain already exists in your account."));
    }

    @Test
    void inboxkitDomainsAreListedAndTransferredByUid() throws Exception {
        ResultActions listed = getting("/domains/get/inboxkit-domains?name=coldstart")
                .andExpect(jsonPath("$.data[0].domain_provider").value("inboxkit"));
        String uid = read(listed, "$.data[0].uid");

        ResultActions moved = posting("/domains/transfer/inboxkit",
                "{\"domain_name\":\"coldstart.com\",\"uid\":\"" + uid + "\"}")
                .andExpect(status().is(210))
                .andExpect(jsonPath("$.domain_id").isString());
        String id = read(moved, "$.domain_id");
        getting("/domains/" + id).andExpect(jsonPath("$.name").value("coldstart.com"))
                .andExpect(jsonPath("$.domain_provider").value("inboxkit"));
        posting("/domains/transfer/inboxkit", "{\"domain_name\":\"coldstart.com\",\"uid\":\"" + uid + "\"}")
                .andExpect(status().is(422));
        posting("/domains/transfer/inboxkit", "{\"domain_name\":\"warmleads.co\",\"uid\":\"nope\"}")
                .andExpect(status().is(422));
    }

    @Test
    void deletingADomainRemovesItsMailboxes() throws Exception {
        ResultActions mailboxes = getting("/mailboxes?name=@getopener.com")
                .andExpect(jsonPath("$.data", not(empty())));
        List<Integer> ids = read(mailboxes, "$.data[*].id");
        int before = read(getting("/mailboxes"), "$.total");

        deleting("/domains/1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Domain and related mailboxes has been removed."));

        getting("/domains/1").andExpect(status().isNotFound());
        for (int id : ids) {
            getting("/mailboxes/" + id).andExpect(status().isNotFound());
        }
        getting("/mailboxes").andExpect(jsonPath("$.total").value(before - ids.size()));
        deleting("/domains/1").andExpect(status().isNotFound());
    }

    @Test
    void subdomainsNeedAnActiveParentAndANewName() throws Exception {
        posting("/domains/add/subdomain", "{\"subdomain\":\"sales\",\"domain\":\"getopener.com\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.message").value(SandboxBodies.REQUEST_RECEIVED));
        getting("/domains?name=sales.getopener.com").andExpect(jsonPath("$.total").value(1));
        posting("/domains/add/subdomain", "{\"subdomain\":\"sales\",\"domain\":\"getopener.com\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("Subdomain already exists."));
        posting("/domains/add/subdomain", "{\"subdomain\":\"sales\",\"domain\":\"outboundly.com\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value(
                        "The specified domain 'outboundly.com' does not exist or is not active."));
        posting("/domains/add/subdomain", "{\"subdomain\":\"sales\",\"domain\":\"nowhere.com\"}")
                .andExpect(status().is(422));
    }

    @Test
    void forwardingChangesTheMainDomain() throws Exception {
        posting("/domains/forward", "{\"domain_id\":2,\"forward_to\":\"getopener.com\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Domain forwarding has been successfully updated."));
        getting("/domains?name=reachwell.com").andExpect(jsonPath("$.data[0].main_domain").value("getopener.com"));
        getting("/domains/2").andExpect(jsonPath("$.main_domain").value(0));

        posting("/domains/remove/forward", "{\"domain_id\":2}")
                .andExpect(jsonPath("$.message").value("Domain forwarding has been successfully removed."));
        getting("/domains/2").andExpect(jsonPath("$.main_domain").value(1));

        posting("/domains/email/forward", "{\"domain_id\":2,\"forward_to\":\"boss@example.com\"}")
                .andExpect(jsonPath("$.message").value("Email forwarding has been successfully updated."));
        posting("/domains/email/forward", "{\"domain_id\":2,\"forward_to\":\"not-an-email\"}")
                .andExpect(status().is(422));
        posting("/domains/forward", "{\"domain_id\":999,\"forward_to\":\"getopener.com\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void seededDomainsMixActiveAndPending() {
        List<SandboxDomain> smtp = state.domains(SandboxProvider.SMTP);
        assertThat(smtp).hasSize(24);
        assertThat(smtp).filteredOn(SandboxDomain::active).hasSize(20);
        assertThat(state.domains(SandboxProvider.GOOGLE)).extracting(SandboxDomain::name)
                .doesNotContain("getopener.com").hasSize(5);
    }

    @Test
    void domainIdsOfOtherKindsAreNotConfused() throws Exception {
        getting("/domains?per_page=100").andExpect(jsonPath("$.data[*].name", not(hasItem("teamsend.com"))));
    }
}
