package com.mailindashboard.team;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The settings page shows the second-factor policy's form in its own section (settings/second-factor-policy). */
@ControllerAdvice(basePackages = "com.mailindashboard.settings")
class SecondFactorPolicyAdvice {

    private final SecondFactorPolicyService policy;

    SecondFactorPolicyAdvice(SecondFactorPolicyService policy) {
        this.policy = policy;
    }

    @ModelAttribute("secondFactorPolicyForm")
    SecondFactorPolicyForm secondFactorPolicyForm() {
        return policy.form();
    }
}
