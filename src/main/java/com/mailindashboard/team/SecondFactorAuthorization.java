package com.mailindashboard.team;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security 7's multi-factor authorization, per teammate: one who enrolled an authenticator
 * app needs the {@link #TOTP_FACTOR} authority (a code taken after the password) on every rule;
 * one who did not signs in with the password alone, exactly as before. Published as the additional
 * authorization of the application's AuthorizationManagerFactory, so every {@code authenticated()} /
 * {@code hasRole(..)} rule carries it.
 *
 * <p>The {@linkplain StepUpRequests step-up requests} (secrets, settings, the team) also need that
 * factor, or the password for a teammate without one, proven within {@code freshFor}: Spring's
 * {@code RequiredFactor.validDuration} against the factor authority's issue time. A stale factor
 * is an <em>expired</em> {@code RequiredFactorError}, which {@link StepUpAccessDeniedHandler} turns
 * into the step-up page.
 *
 * <p>A teammate whose role the {@linkplain SecondFactorPolicyService policy} asks for a second factor,
 * and who has none, lacks the code factor everywhere but on the enrolment page: the code page then
 * leads them to enrolment.
 */
final class SecondFactorAuthorization implements AuthorizationManager<Object> {

    /** The factor authority granted once an authenticator-app (or recovery) code was accepted. */
    static final String TOTP_FACTOR = "FACTOR_TOTP";
    /** The factor authority Spring Security's WebAuthn support grants for a passkey. */
    static final String WEBAUTHN_FACTOR = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;
    static final String PASSWORD_FACTOR = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    /** The pages a teammate the policy asks for a second factor may open before enrolling. */
    private static final RequestMatcher ENROLMENT = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(SecondFactorController.SECURITY_PATH),
            PathPatternRequestMatcher.pathPattern(SecondFactorController.SECURITY_PATH + "/**"),
            PathPatternRequestMatcher.pathPattern("/webauthn/register/**"),
            PathPatternRequestMatcher.pathPattern("/webauthn/register"));

    private final AuthorizationManager<Object> secondFactorRequired = eitherFactor(null, Clock.systemUTC());
    private final AuthorizationManager<Object> freshSecondFactor;
    private final AllRequiredFactorsAuthorizationManager<Object> freshPassword;

    private final SecondFactorPolicyService policy;

    SecondFactorAuthorization(Clock clock, Duration freshFor, SecondFactorPolicyService policy) {
        this.policy = policy;
        this.freshSecondFactor = eitherFactor(freshFor, clock);
        this.freshPassword = AllRequiredFactorsAuthorizationManager.builder()
                .requireFactor(factor -> factor.passwordAuthority().validDuration(freshFor)).build();
        this.freshPassword.setClock(clock);
    }

    /**
     * The second factor is an authenticator-app code ({@link #TOTP_FACTOR}) or a passkey
     * ({@link #WEBAUTHN_FACTOR}), proven within {@code freshFor} when given: either grants; when
     * neither does, the code factor's refusal is the answer (the code page offers both).
     */
    private static AuthorizationManager<Object> eitherFactor(Duration freshFor, Clock clock) {
        AllRequiredFactorsAuthorizationManager<Object> totp = AllRequiredFactorsAuthorizationManager.builder()
                .requireFactor(factor -> {
                    factor.authority(TOTP_FACTOR);
                    if (freshFor != null) {
                        factor.validDuration(freshFor);
                    }
                }).build();
        AllRequiredFactorsAuthorizationManager<Object> passkey = AllRequiredFactorsAuthorizationManager.builder()
                .requireFactor(factor -> {
                    factor.authority(WEBAUTHN_FACTOR);
                    if (freshFor != null) {
                        factor.validDuration(freshFor);
                    }
                }).build();
        totp.setClock(clock);
        passkey.setClock(clock);
        return (authentication, context) -> {
            AuthorizationResult withCode = totp.authorize(authentication, context);
            if (withCode != null && withCode.isGranted()) {
                return withCode;
            }
            AuthorizationResult withPasskey = passkey.authorize(authentication, context);
            if (withPasskey != null && withPasskey.isGranted()) {
                return withPasskey;
            }
            // a stale passkey (and no code) is an expired factor: the step-up page, not the code page
            List<String> factors = authentication.get().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).toList();
            boolean passkeyOnly = factors.contains(WEBAUTHN_FACTOR) && !factors.contains(TOTP_FACTOR);
            return passkeyOnly ? withPasskey : withCode;
        };
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object context) {
        Authentication current = authentication.get();
        if (current == null || !(current.getPrincipal() instanceof TeamUserDetails user)) {
            return new AuthorizationDecision(true);
        }
        boolean stepUp = context instanceof RequestAuthorizationContext request
                && StepUpRequests.matches(request.getRequest());
        if (user.hasSecondFactor()) {
            return (stepUp ? freshSecondFactor : secondFactorRequired).authorize(authentication, context);
        }
        if (policy.requires(user.role()) && !(context instanceof RequestAuthorizationContext request
                && ENROLMENT.matches(request.getRequest()))) {
            // the policy asks this role for the code factor, which only enrolment gives (via the code page)
            return secondFactorRequired.authorize(authentication, context);
        }
        return stepUp ? freshPassword.authorize(authentication, context) : new AuthorizationDecision(true);
    }
}
