package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.team.TeamFixtures.Teammate;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passkeys as an alternative second factor (issue 13): Spring Security's WebAuthn endpoints answer
 * with the configured relying party, only after the password and where passkeys are offered; a
 * passkey-only teammate counts as enrolled and is asked for the passkey after the password; the
 * teammate removes their passkeys (audited) and an admin's reset removes them too.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PasskeyTest {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final TeamFixtures fixtures;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final SecondFactorPolicyService policy;
    private final SecondFactorService factors;

    @Autowired
    PasskeyTest(MockMvc mvc, TeamService team, TeamUserDetailsService users, JdbcTemplate jdbc,
                PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
                SecondFactorPolicyService policy, SecondFactorService factors) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.policy = policy;
        this.factors = factors;
        this.fixtures = new TeamFixtures(team, users, jdbc, mvc);
    }

    @AfterEach
    void requireNobody() {
        policy.change(new SecondFactorPolicyForm(), "test");
    }

    /** A passkey stored as Spring Security's registration stores one (no authenticator needed to list or remove it). */
    private String passkey(String email, String label) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(email);
        if (entity == null) {
            entity = ImmutablePublicKeyCredentialUserEntity.builder().name(email).id(Bytes.random())
                    .displayName(email).build();
            userEntities.save(entity);
        }
        Bytes id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder().credentialId(id).userEntityUserId(entity.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3})).signatureCount(0).uvInitialized(true)
                .backupEligible(false).backupState(false).credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .transports(Set.of()).created(Instant.parse("2026-01-02T03:04:05Z"))
                .lastUsed(Instant.parse("2026-01-02T03:04:05Z")).label(label).build());
        return id.toBase64UrlString();
    }

    @Test
    void theRegistrationOptionsNameTheConfiguredRelyingPartyForASignedInTeammate() throws Exception {
        Teammate viewer = fixtures.teammate(Role.VIEWER);
        Cookie session = TeamFixtures.session(fixtures.login(viewer.email(), viewer.password()));

        mvc.perform(post("/webauthn/register/options").with(csrf()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rp.id").value("localhost"))
                .andExpect(jsonPath("$.rp.name").value("Mailin Dashboard"))
                .andExpect(jsonPath("$.user.name").value(viewer.email()))
                .andExpect(jsonPath("$.challenge").isNotEmpty());
        // Spring's options filter refuses a visitor who has not signed in
        mvc.perform(post("/webauthn/register/options").with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void thePageOffersPasskeysOnLocalhostAndExplainsWhyNotOnPlainHttpElsewhere() throws Exception {
        Teammate operator = fixtures.teammate(Role.OPERATOR);
        Cookie session = TeamFixtures.session(fixtures.login(operator.email(), operator.password()));

        String local = mvc.perform(get("/account/security").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(local).contains("data-passkey-register", "/assets/js/passkeys").doesNotContain("passkey-unavailable");

        String plain = mvc.perform(get("/account/security").cookie(session)
                .with(request -> { request.setServerName("dashboard.example.com"); return request; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plain).contains("data-test=\"passkey-unavailable\"", "served over HTTPS")
                .doesNotContain("data-passkey-register");
        mvc.perform(post("/webauthn/authenticate/options").with(csrf()).cookie(session)
                .with(request -> { request.setServerName("dashboard.example.com"); return request; }))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPasskeyOnlyTeammateCountsAsEnrolledAndIsAskedForThePasskeyAfterThePassword() throws Exception {
        policy.change(everyone(), "test");
        Teammate operator = fixtures.teammate(Role.OPERATOR);
        String id = passkey(operator.email(), "Work laptop");

        mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andExpect(status().isUnauthorized());

        org.springframework.test.web.servlet.MvcResult login = fixtures.login(operator.email(), operator.password());
        // enrolled (a passkey): the code page, not enrolment
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        Cookie session = TeamFixtures.session(login);
        mvc.perform(get("/domains").cookie(session)).andExpect(redirectedUrlPattern("/login/code*"));
        String code = mvc.perform(get("/login/code").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(code).contains("data-passkey-sign-in").doesNotContain("name=\"code\"");

        mvc.perform(post("/webauthn/authenticate/options").with(csrf()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rpId").value("localhost"))
                .andExpect(jsonPath("$.allowCredentials[0].id").value(id));

        // a refused assertion counts as a failed second factor
        mvc.perform(post("/login/webauthn").with(csrf()).cookie(session).contentType("application/json")
                .content("{\"id\":\"" + id + "\",\"rawId\":\"" + id + "\",\"response\":{\"authenticatorData\":\"AA\","
                        + "\"clientDataJSON\":\"AA\",\"signature\":\"AA\"},\"type\":\"public-key\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(fixtures.audit("second-factor.failure", operator.email())).last()
                .satisfies(row -> assertThat(row.summary()).isEqualTo("passkey refused"));
        mvc.perform(get("/domains").cookie(session)).andExpect(redirectedUrlPattern("/login/code*"));
        // nor can the password alone add another passkey
        mvc.perform(post("/webauthn/register").with(csrf()).cookie(session).contentType("application/json")
                .content("{}")).andExpect(redirectedUrlPattern("/login/code*"));
    }

    @Test
    void aTeammateThePolicyLedToEnrolmentGoesOnToUseThePasskeyOnceRegistered() throws Exception {
        policy.change(everyone(), "test");
        Teammate viewer = fixtures.teammate(Role.VIEWER);
        org.springframework.test.web.servlet.MvcResult login = fixtures.login(viewer.email(), viewer.password());
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account/security");
        Cookie session = TeamFixtures.session(login);
        // enrolment may register a passkey (Spring's endpoint, before any second factor)
        mvc.perform(post("/webauthn/register").with(csrf()).cookie(session).contentType("application/json")
                .content("{}")).andExpect(status().isBadRequest());

        passkey(viewer.email(), "Laptop");

        mvc.perform(get("/account/security").cookie(session)).andExpect(redirectedUrl("/login/code"));
        String code = mvc.perform(get("/login/code").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(code).contains("data-passkey-sign-in");
        mvc.perform(get("/domains").cookie(session)).andExpect(redirectedUrlPattern("/login/code*"));
    }

    @Test
    void aTeammateRemovesTheirPasskeyAuditedAndNotAnotherTeammates() throws Exception {
        Teammate viewer = fixtures.teammate(Role.VIEWER);
        Teammate other = fixtures.teammate(Role.VIEWER);
        String othersKey = passkey(other.email(), "Other's key");
        Cookie session = TeamFixtures.session(fixtures.login(viewer.email(), viewer.password()));
        // signed in before the passkey: listed and removable from this session
        String id = passkey(viewer.email(), "Security key");

        String page = mvc.perform(get("/account/security").cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Security key").doesNotContain("Other&#39;s key");

        mvc.perform(post("/account/security/passkeys/remove").param("id", othersKey).with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/account/security"));
        assertThat(credentials.findByCredentialId(Bytes.fromBase64(othersKey))).isNotNull();

        mvc.perform(post("/account/security/passkeys/remove").param("id", id).with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/account/security"));
        assertThat(credentials.findByCredentialId(Bytes.fromBase64(id))).isNull();
        assertThat(fixtures.audit("second-factor.passkey-removed", viewer.email())).last()
                .satisfies(row -> assertThat(row.summary()).isEqualTo("passkey \"Security key\" removed"));
        assertThat(fixtures.audit("second-factor.enrol", viewer.email())).last()
                .satisfies(row -> assertThat(row.summary()).isEqualTo("passkey \"Security key\" registered"));
        mvc.perform(delete(othersKey).with(csrf()).cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void anAdminsResetRemovesThePasskeys() {
        Teammate operator = fixtures.teammate(Role.OPERATOR);
        String id = passkey(operator.email(), "Phone");

        factors.reset(operator.id());

        assertThat(credentials.findByCredentialId(Bytes.fromBase64(id))).isNull();
        assertThat(fixtures.audit("second-factor.reset", operator.email())).last()
                .satisfies(row -> assertThat(row.summary()).endsWith("1 passkey(s) removed"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder delete(String id) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/webauthn/register/" + id);
    }

    private static SecondFactorPolicyForm everyone() {
        SecondFactorPolicyForm form = new SecondFactorPolicyForm();
        form.setAdmin(true);
        form.setOperator(true);
        form.setViewer(true);
        return form;
    }
}
