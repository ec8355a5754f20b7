package com.mailindashboard.team;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A password a teammate chooses meets {@link PasswordPolicy}; the error next to the field says
 * which rule it breaks. Blank is left to {@code @NotBlank}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TeamPassword.Check.class)
@interface TeamPassword {

    String message() default "{password.too-short}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TeamPassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (password == null || password.isBlank()) {
                return true;
            }
            return PasswordPolicy.problem(password).map(problem -> {
                context.disableDefaultConstraintViolation();
                HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
                if (problem.argument() != null) {
                    hibernate.addMessageParameter("detail", problem.argument());
                }
                hibernate.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}")
                        .addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
