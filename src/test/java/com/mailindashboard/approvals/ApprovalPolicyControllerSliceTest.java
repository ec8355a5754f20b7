package com.mailindashboard.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.notices.NoticesProperties;
import com.mailindashboard.team.SecondFactorPolicyService;
import com.mailindashboard.web.WebProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * The approval policy form on a web slice (no database, no Mailin): bad input goes back to the settings page
 * with each error on its field and what was typed; good input is saved under the signed-in teammate. The
 * security filters are left out here (addFilters = false): who may post is covered by the full-context
 * {@code ApprovalFlowTest}. The other beans a web slice loads (advices, filters) get stand-ins, or are left out
 * when their collaborators are internal to their module (the login throttle, the sandbox banner): a redirect
 * renders no layout.
 */
@WebMvcTest(controllers = ApprovalPolicyController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "com\\.mailindashboard\\.(team\\.LoginThrottleFilter|settings\\.SandboxBannerAdvice)"),
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "com\\.mailindashboard\\.(jobs\\.RecentJobNotices|approvals\\.RecentApprovalNotices)"))
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties({MultipartProperties.class, WebProperties.class, NoticesProperties.class})
class ApprovalPolicyControllerSliceTest {

    /** The signed-in teammate, as the security filters (left out here) would hand it to the controller. */
    private static final TestingAuthenticationToken ADMIN =
            new TestingAuthenticationToken("admin@team.test", null, "ROLE_ADMIN");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ApprovalPolicies policies;
    @MockitoBean
    ApprovalService approvals;
    @MockitoBean
    JobLedger jobs;
    @MockitoBean
    SecondFactorPolicyService secondFactorPolicy;
    @MockitoBean
    AuditLog audit;

    @Test
    void badInputGoesBackWithTheErrorsOnTheirFieldsAndWhatWasTyped() throws Exception {
        MvcResult result = mvc.perform(post("/settings/approvals").principal(ADMIN)
                        .param("purchaseNamesOver", "-3")
                        .param("verificationCreditsOver", "200000000")
                        .param("deletions", "true"))
                .andExpect(redirectedUrl("/settings#approvals"))
                .andExpect(flash().attributeExists("flashError"))
                .andReturn();

        BindingResult errors = (BindingResult) result.getFlashMap()
                .get(BindingResult.MODEL_KEY_PREFIX + ApprovalPolicyController.FORM);
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField())
                .containsExactlyInAnyOrder("purchaseNamesOver", "verificationCreditsOver", "approvers");
        ApprovalPolicyForm typed = (ApprovalPolicyForm) result.getFlashMap().get(ApprovalPolicyController.FORM);
        assertThat(typed.purchaseNamesOver()).isEqualTo(-3);
        assertThat(typed.deletions()).isTrue();
        verify(policies, never()).save(any(), anyString());
    }

    @Test
    void goodInputIsSavedUnderTheSignedInTeammate() throws Exception {
        mvc.perform(post("/settings/approvals").principal(ADMIN)
                        .param("purchaseNamesOver", "10")
                        .param("googlePurchases", "true")
                        .param("approvers", "ADMINS"))
                .andExpect(redirectedUrl("/settings#approvals"))
                .andExpect(flash().attributeExists("flashSuccess"));

        ArgumentCaptor<ApprovalPolicyForm> saved = ArgumentCaptor.forClass(ApprovalPolicyForm.class);
        verify(policies).save(saved.capture(), eq("admin@team.test"));
        assertThat(saved.getValue().approvers()).isEqualTo(Approvers.ADMINS);
        assertThat(saved.getValue().purchaseNamesOver()).isEqualTo(10);
        assertThat(saved.getValue().googlePurchases()).isTrue();
        assertThat(saved.getValue().azureOrders()).as("an unticked box is false").isFalse();
    }
}
