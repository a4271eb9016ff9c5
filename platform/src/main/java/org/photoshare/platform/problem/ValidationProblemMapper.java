package org.photoshare.platform.problem;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey registers its own mapper for {@link ValidationException}, which would win over a mapper of
 * {@code Throwable}; this one, of the same type, takes precedence and keeps the problem+json shape.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException failure) {
        return ProblemMapper.toResponse(failure);
    }
}
