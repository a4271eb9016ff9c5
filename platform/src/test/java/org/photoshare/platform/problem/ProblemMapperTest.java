package org.photoshare.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMapperTest {

    @Test
    void aProblemKeepsItsStatusDetailAndHeaders() {
        Response response = ProblemMapper.toResponse(ProblemException.tooManyRequests("slow down", 42));
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("42");
        assertThat(response.getEntity().toString()).contains("\"status\":429").contains("\"detail\":\"slow down\"");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Response response = ProblemMapper.toResponse(new ProcessingException(new JsonbException("unexpected char")));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity().toString()).doesNotContain("unexpected char");
    }

    @Test
    void unexpectedFailuresHideTheirMessage() {
        Response response = ProblemMapper.toResponse(new IllegalStateException("secret internals"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getEntity().toString()).doesNotContain("secret internals").contains("errorId");
    }

    @Test
    void clientErrorsOfJaxRsKeepTheirStatus() {
        Response response = ProblemMapper.toResponse(new NotAuthorizedException("Bearer"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
