package org.photoshare.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps every exception a resource lets escape; the mapping itself lives in {@link ProblemMapper}. */
@Provider
public class ThrowableProblemMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable failure) {
        return ProblemMapper.toResponse(failure);
    }
}
