package uk.ppo.actionplan.plan;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import uk.ppo.actionplan.schedule.FiscalYear;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A UK financial year as plans name it: the year it starts, '/', and the last two digits of the next
 * year ({@code 2010/11}, {@code 1999/00}). Null is valid; combine with {@code @NotNull}. The rule (form and
 * years accepted) is {@link FiscalYear}'s: this is only its bean-validation face, with its message.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FinancialYear.Validator.class)
public @interface FinancialYear {

    /** Every financial year is this long ({@code 2010/11}), as the financial_year columns store it (varchar(7)). */
    int LENGTH = FiscalYear.LENGTH;

    String message() default "must be a financial year such as 2010/11: a year, '/' and the last two digits of the next year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks {@link FiscalYear}, and refuses with its message (which names the range for a year outside it). */
    class Validator implements ConstraintValidator<FinancialYear, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || FiscalYear.isFinancialYear(value)) {
                return true;
            }
            try {
                FiscalYear.parse(value);
            } catch (IllegalArgumentException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.getMessage()).addConstraintViolation();
            }
            return false;
        }

        static boolean isFinancialYear(String value) {
            return FiscalYear.isFinancialYear(value);
        }
    }
}
