package org.photoshare.gateway.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.photoshare.gateway.client.ThrottledRefusal;
import org.photoshare.platform.client.RemoteFailure;
import org.photoshare.platform.client.RemoteProblem;
import org.photoshare.platform.problem.ProblemMapper;
import org.photoshare.ui.port.Unavailable;

/**
 * What the services answered, as the gateway's own problem+json: a refusal keeps its status and
 * detail (401, 403, 404, 409, 413, 415, 422, 429 with Retry-After…); a service that is down is a 503.
 */
public final class DownstreamProblems {

    private DownstreamProblems() {
    }

    @Provider
    public static class Refusals implements ExceptionMapper<RemoteProblem> {
        @Override
        public Response toResponse(RemoteProblem problem) {
            if (problem instanceof RemoteFailure) {
                return unavailable("A service failed; please try again in a moment.");
            }
            Response.ResponseBuilder response = problem(problem.status(), problem.detail());
            if (problem.status() == 401) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            if (problem instanceof ThrottledRefusal throttled && throttled.retryAfter() != null) {
                response.header(HttpHeaders.RETRY_AFTER, throttled.retryAfter());
            }
            return response.build();
        }
    }

    @Provider
    public static class Unavailability implements ExceptionMapper<Unavailable> {
        @Override
        public Response toResponse(Unavailable unavailable) {
            return unavailable(unavailable.sentence());
        }
    }

    private static Response unavailable(String detail) {
        return problem(503, detail).header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    private static Response.ResponseBuilder problem(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? (status == 422 ? "Unprocessable Content" : "Error") : type.getReasonPhrase();
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .build().toString();
        return Response.status(status).type(ProblemMapper.PROBLEM_JSON).entity(body);
    }
}
