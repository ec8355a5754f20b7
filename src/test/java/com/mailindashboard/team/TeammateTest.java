package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.mailindashboard.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code #teammate}: what a page shows to each role, as {@code sec:authorize} decided before. */
@IntegrationTest
@AutoConfigureMockMvc
class TeammateTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rolesDecideWhatAPageMayShow() {
        assertThat(Teammate.of(signedIn("ROLE_ADMIN"))).isEqualTo(new Teammate(true, true, true, false));
        assertThat(Teammate.of(signedIn("ROLE_OPERATOR"))).isEqualTo(new Teammate(true, false, true, false));
        assertThat(Teammate.of(signedIn("ROLE_VIEWER"))).isEqualTo(new Teammate(true, false, false, true));
        assertThat(Teammate.of(null)).isEqualTo(Teammate.NOBODY);
        assertThat(Teammate.of(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEqualTo(Teammate.NOBODY);
        // a token not (yet) authenticated shows no navigation, whatever authorities it carries
        assertThat(Teammate.of(UsernamePasswordAuthenticationToken.unauthenticated("someone", "secret")).signedIn())
                .isFalse();
    }

    @Test
    void theLayoutShowsTeamAndSettingsToAdminsOnlyAndNoNavigationBeforeSignIn() throws Exception {
        String admin = page(user("admin@team.test").roles("ADMIN"));
        String operator = page(user("op@team.test").roles("OPERATOR"));
        String viewer = page(user("viewer@team.test").roles("VIEWER"));
        for (String page : List.of(admin, operator, viewer)) {
            assertThat(page).contains("data-test=\"nav-approvals\"", "data-test=\"logout\"");
        }
        assertThat(admin).contains("href=\"/team\"", "href=\"/settings\"");
        assertThat(operator).doesNotContain("href=\"/team\"", "href=\"/settings\"");
        assertThat(viewer).doesNotContain("href=\"/team\"", "href=\"/settings\"");

        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("name=\"password\"").doesNotContain("data-test=\"logout\"", "href=\"/audit\"");
    }

    private String page(RequestPostProcessor teammate) throws Exception {
        var response = mvc.perform(get("/audit").with(teammate)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static UsernamePasswordAuthenticationToken signedIn(String authority) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                AuthorityUtils.createAuthorityList(authority));
    }
}
