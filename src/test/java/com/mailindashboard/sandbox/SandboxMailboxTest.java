package com.mailindashboard.sandbox;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class SandboxMailboxTest extends SandboxMvcTestSupport {

    /** The first seeded SMTP mailbox (alex.reed@getopener.com) and Google mailbox. */
    static final int SMTP_MAILBOX = 101;
    static final int GOOGLE_MAILBOX = 141;

    @Test
    void seededMailboxesAreListedByKind() throws Exception {
        getting("/mailboxes")
                .andExpect(jsonPath("$.total").value(40))
                .andExpect(jsonPath("$.data", hasSize(15)))
                .andExpect(jsonPath("$.data[0].username").value("alex.reed@getopener.com"))
                .andExpect(jsonPath("$.data[0].name").value("Alex Reed"))
                .andExpect(jsonPath("$.data[0].status").value("Active"))
                .andExpect(jsonPath("$.data[0].rate_limit").value("50"))
                .andExpect(jsonPath("$.data[0].imap_host").value("mail.getopener.com"))
                .andExpect(jsonPath("$.data[0].imap_port").value(993))
                .andExpect(jsonPath("$.data[0].smtp_port").value(465));
        getting("/mailboxes/list/google")
                .andExpect(jsonPath("$.total").value(10))
                .andExpect(jsonPath("$.data[0].id").value(GOOGLE_MAILBOX))
                .andExpect(jsonPath("$.data[0].provider_type").value("google"))
                .andExpect(jsonPath("$.data[0].status").value("1"));
    }

    @Test
    void theNameFilterMatchesDisplayNameOrAddress() throws Exception {
        getting("/mailboxes?name=alex REED").andExpect(jsonPath("$.data[*].username",
                contains("alex.reed@getopener.com")));
        getting("/mailboxes?name=ALEX.brooks@").andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void oneMailboxAndItsRateLimit() throws Exception {
        getting("/mailboxes/" + SMTP_MAILBOX)
                .andExpect(jsonPath("$.id").value(SMTP_MAILBOX))
                .andExpect(jsonPath("$.domain_id").value(1))
                .andExpect(jsonPath("$.rate_limit").value("50 / 1h"))
                .andExpect(jsonPath("$.redirect_email").value(nullValue()));
        getting("/mailboxes/" + SMTP_MAILBOX + "/rate-limit")
                .andExpect(jsonPath("$.username").value("alex.reed@getopener.com"))
                .andExpect(jsonPath("$.rate_limit").value("50 / 1h"));
        getting("/mailboxes/9999").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Mailbox not found."));
    }

    @Test
    void creatingMailboxesIsAJobThatCompletesAfterThreePolls() throws Exception {
        ResultActions accepted = posting("/mailboxes", """
                {"mailboxes":[{"username":"sales@getopener.com","name":"Sales Team","password":"a-secure-pass"},
                              {"username":"Info@GetOpener.com","name":"Info Desk"}]}""")
                .andExpect(status().is(210))
                .andExpect(jsonPath("$.message").value(SandboxBodies.REQUEST_RECEIVED));
        String uuid = read(accepted, "$.uuid");

        for (int poll = 1; poll <= 3; poll++) {
            getting("/mailboxes/status/" + uuid)
                    .andExpect(jsonPath("$.status").value("pending"))
                    .andExpect(jsonPath("$.report").value("Job Created - BatchAddMailboxes pending"))
                    .andExpect(jsonPath("$.data", empty()));
        }
        getting("/mailboxes/status/" + uuid)
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.data[*].username", contains("sales@getopener.com", "info@getopener.com")))
                .andExpect(jsonPath("$.data[0].password").value("a-secure-pass"))
                .andExpect(jsonPath("$.data[1].password").value(matchesPattern("[A-Za-z0-9]{12}")))
                .andExpect(jsonPath("$.data[0].domain_id").value(1));
        getting("/mailboxes?name=sales team").andExpect(jsonPath("$.total").value(1));
        getting("/mailboxes/status/not-a-job").andExpect(status().isNotFound());
    }

    @Test
    void mailboxesNeedAnActiveDomainOfTheAccountAndANewAddress() throws Exception {
        posting("/mailboxes", "{\"mailboxes\":[{\"username\":\"a@elsewhere.com\",\"name\":\"A\"}]}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message")
                        .value("The domain elsewhere.com is not in your account or is not active."))
                .andExpect(jsonPath("$.errors['mailboxes.0.username']").isArray());
        posting("/mailboxes", "{\"mailboxes\":[{\"username\":\"a@outboundly.com\",\"name\":\"A\"}]}")
                .andExpect(status().is(422));
        posting("/mailboxes", "{\"mailboxes\":[{\"username\":\"a@teamsend.com\",\"name\":\"A\"}]}")
                .andExpect(status().is(422));
        posting("/mailboxes", "{\"mailboxes\":[{\"username\":\"alex.reed@getopener.com\",\"name\":\"A\"}]}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The mailbox alex.reed@getopener.com already exists."));
        posting("/mailboxes", "{\"mailboxes\":[{\"username\":\"x@getopener.com\",\"name\":\"A\"},"
                + "{\"username\":\"x@getopener.com\",\"name\":\"B\"}]}")
                .andExpect(status().is(422));
        posting("/mailboxes",
                "{\"mailboxes\":[{\"username\":\"y@getopener.com\",\"name\":\"A\",\"password\":\"short\"}]}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value(
                        "The mailboxes.0.password field must be between 8 and 24 characters."));
        posting("/mailboxes", "{\"mailboxes\":[]}").andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The mailboxes field is required."));
    }

    @Test
    void anAddressBeingCreatedIsReserved() throws Exception {
        posting("/mailboxes", "{\"mailboxes\":[{\"username\":\"new@getopener.com\",\"name\":\"A\"}]}")
                .andExpect(status().is(210));
        posting("/mailboxes", "{\"mailboxes\":[{\"username\":\"new@getopener.com\",\"name\":\"B\"}]}")
                .andExpect(status().is(422));
    }

    @Test
    void googleMailboxesAreCreatedOnGoogleDomainsFromFirstAndLastName() throws Exception {
        String uuid = read(posting("/mailboxes/add/google",
                "{\"mailboxes\":[{\"username\":\"john.doe@teamsend.com\","
                        + "\"first_name\":\"John\",\"last_name\":\"Doe\"}]}")
                .andExpect(status().is(210)), "$.uuid");
        for (int poll = 0; poll < 3; poll++) {
            getting("/mailboxes/status/" + uuid).andExpect(jsonPath("$.status").value("pending"));
        }
        getting("/mailboxes/status/" + uuid)
                .andExpect(jsonPath("$.data[0].name").value("John Doe"))
                .andExpect(jsonPath("$.data[0].provider_type").value("google"));
        getting("/mailboxes/list/google?name=john doe").andExpect(jsonPath("$.total").value(1));
        posting("/mailboxes/add/google",
                "{\"mailboxes\":[{\"username\":\"jane@getopener.com\",\"first_name\":\"Jane\",\"last_name\":\"Doe\"}]}")
                .andExpect(status().is(422));
        posting("/mailboxes/add/google",
                "{\"mailboxes\":[{\"username\":\"jane@teamsend.com\",\"first_name\":\"Jane\"}]}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The mailboxes.0.last name field is required."));
    }

    @Test
    void renamingAnswersThePhpArrayOfTheVendorDocs() throws Exception {
        posting("/mailboxes/" + SMTP_MAILBOX + "/name", "{\"name\":\"Alex R.\"}")
                .andExpect(status().isOk())
                .andExpect(content().string("{\n    'message' => 'Mailbox name has been updated.'\n}"));
        getting("/mailboxes/" + SMTP_MAILBOX).andExpect(jsonPath("$.name").value("Alex R."));
        posting("/mailboxes/" + SMTP_MAILBOX + "/name", "{\"name\":\"\"}").andExpect(status().is(422));
        posting("/mailboxes/9999/name", "{\"name\":\"X\"}").andExpect(status().isNotFound());
    }

    @Test
    void passwordsMustHaveEightToTwentyFourCharacters() throws Exception {
        posting("/mailboxes/" + SMTP_MAILBOX + "/password", "{\"password\":\"newP@SS1234\"}")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mailbox password has been updated.")));
        getting("/mailboxes/" + SMTP_MAILBOX).andExpect(jsonPath("$.password").value("newP@SS1234"));
        posting("/mailboxes/" + SMTP_MAILBOX + "/password", "{\"password\":\"short\"}")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The password field must be between 8 and 24 characters."));
        posting("/mailboxes/" + SMTP_MAILBOX + "/password", "{\"password\":\"" + "x".repeat(25) + "\"}")
                .andExpect(status().is(422));
    }

    @Test
    void deletingAMailbox() throws Exception {
        deleting("/mailboxes/" + SMTP_MAILBOX)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Mailbox removed."));
        getting("/mailboxes/" + SMTP_MAILBOX).andExpect(status().isNotFound());
        getting("/mailboxes").andExpect(jsonPath("$.total").value(39));
    }

    @Test
    void aTotpIsSixDigitsValidForThirtySeconds() throws Exception {
        long now = clock.instant().getEpochSecond();
        posting("/mailboxes/" + GOOGLE_MAILBOX + "/generate-totp")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.error").value(false))
                .andExpect(jsonPath("$.message").value("Mailbox TOTP generated successfully"))
                .andExpect(jsonPath("$.totp").value(matchesPattern("\\d{6}")))
                .andExpect(jsonPath("$.expires_at").value(now + 30));
        posting("/mailboxes/" + SMTP_MAILBOX + "/generate-totp")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.error").value(true));
    }

    @Test
    void googleCredentials() throws Exception {
        getting("/mailboxes/" + GOOGLE_MAILBOX + "/show-credentials")
                .andExpect(jsonPath("$.error").value(false))
                .andExpect(jsonPath("$.password").isString())
                .andExpect(jsonPath("$.secret").value(matchesPattern("[a-z2-7]{32}")))
                .andExpect(jsonPath("$.app_password").value(matchesPattern("([a-z]{4} ){3}[a-z]{4}")));
    }

    @Test
    void signaturesAreAddedAndRemoved() throws Exception {
        posting("/mailboxes/" + GOOGLE_MAILBOX + "/add-signature", "{\"signature\":\"Best regards,\\nJohn\"}")
                .andExpect(jsonPath("$.message").value("Signatures processed successfully"));
        getting("/mailboxes/" + GOOGLE_MAILBOX).andExpect(jsonPath("$.signature").value("Best regards,\nJohn"));
        deleting("/mailboxes/" + GOOGLE_MAILBOX + "/delete-signature")
                .andExpect(jsonPath("$.message").value("Signatures removed successfully"));
        getting("/mailboxes/" + GOOGLE_MAILBOX).andExpect(jsonPath("$.signature").value(nullValue()));
    }

    @Test
    void forwardingIsSetUpUpdatedAndRemoved() throws Exception {
        String path = "/mailboxes/" + GOOGLE_MAILBOX;
        posting(path + "/forwarding/update", "{\"forwarding_email\":\"a@example.com\"}").andExpect(status().is(422));
        posting(path + "/forwarding/setup", "{\"forwarding_email\":\"a@example.com\"}")
                .andExpect(jsonPath("$.message").value("Forwardng processed successfully"));
        getting(path).andExpect(jsonPath("$.redirect_email").value("a@example.com"));
        posting(path + "/forwarding/update", "{\"forwarding_email\":\"b@example.com\"}")
                .andExpect(jsonPath("$.message").value("Forwardng update processed successfully"));
        getting(path).andExpect(jsonPath("$.redirect_email").value("b@example.com"));
        posting(path + "/google/forwarding")
                .andExpect(jsonPath("$.message").value("Forwardng remove processed successfully"));
        getting(path).andExpect(jsonPath("$.redirect_email").value(nullValue()));
        posting(path + "/forwarding/setup", "{\"forwarding_email\":\"nope\"}").andExpect(status().is(422));
    }
}
