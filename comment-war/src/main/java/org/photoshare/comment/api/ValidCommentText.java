package org.photoshare.comment.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.eclipse.microprofile.config.ConfigProvider;
import org.photoshare.comment.domain.CommentText;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A comment's text per {@link CommentText}, its upper limit from {@code photoshare.comment.max-length}. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCommentText.Validator.class)
public @interface ValidCommentText {

    String message() default "is not a valid comment";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCommentText, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            int maxLength = ConfigProvider.getConfig()
                    .getOptionalValue("photoshare.comment.max-length", Integer.class)
                    .orElse(CommentText.DEFAULT_MAX_LENGTH);
            String problem = CommentText.problem(text, maxLength);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
