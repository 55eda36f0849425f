package uk.ppo.actionplan.plan;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A UK financial year as plans name it: the year it starts, '/', and the last two digits of the next
 * year ({@code 2010/11}, {@code 1999/00}). Null is valid; combine with {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FinancialYear.Validator.class)
public @interface FinancialYear {

    /** Every financial year is this long ({@code 2010/11}), as the financial_year columns store it (varchar(7)). */
    int LENGTH = 7;

    String message() default "must be a financial year such as 2010/11: a year, '/' and the last two digits of the next year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself: pure, no CDI. */
    class Validator implements ConstraintValidator<FinancialYear, String> {

        private static final Pattern FORMAT = Pattern.compile("\\d{4}/\\d{2}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isFinancialYear(value);
        }

        static boolean isFinancialYear(String value) {
            if (!FORMAT.matcher(value).matches()) {
                return false;
            }
            int start = Integer.parseInt(value.substring(0, 4));
            int end = Integer.parseInt(value.substring(5));
            return (start + 1) % 100 == end;
        }
    }
}
