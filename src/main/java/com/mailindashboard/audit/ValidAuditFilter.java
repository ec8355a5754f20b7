package com.mailindashboard.audit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * The audit filter's dates are days as {@code yyyy-MM-dd}, the first not after the last, and its
 * outcome is blank or an {@link AuditOutcome}. Each problem is reported on the field it concerns.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidAuditFilter.Validator.class)
@interface ValidAuditFilter {

    String message() default "{audit.filter.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidAuditFilter, AuditFilterForm> {

        @Override
        public boolean isValid(AuditFilterForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = check(form.outcomeKnown(), "outcome", "{audit.filter.outcome.invalid}", context);
            boolean fromValid = check(AuditFilterForm.blankOrDate(form.getFrom()), "from",
                    "{audit.filter.date.invalid}", context);
            boolean toValid = check(AuditFilterForm.blankOrDate(form.getTo()), "to",
                    "{audit.filter.date.invalid}", context);
            if (fromValid && toValid) {
                LocalDate from = AuditFilterForm.date(form.getFrom());
                LocalDate to = AuditFilterForm.date(form.getTo());
                toValid = check(from == null || to == null || !to.isBefore(from), "to",
                        "{audit.filter.range.invalid}", context);
            }
            return valid && fromValid && toValid;
        }

        private static boolean check(boolean ok, String field, String message, ConstraintValidatorContext context) {
            if (!ok) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
            return ok;
        }
    }
}
