package org.photoshare.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where an exception becomes an RFC 9457 {@code application/problem+json} response.
 * Client mistakes keep their 4xx status and a readable detail; anything unexpected becomes a 500
 * whose body carries only an error id, the stack trace going to the log under that id.
 */
public final class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final List<String> FORWARDED_HEADERS =
            List.of(HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER);

    private ProblemMapper() {
    }

    public static Response toResponse(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            JsonObjectBuilder extra = null;
            if (!problem.fieldErrors().isEmpty()) {
                JsonArrayBuilder errors = Json.createArrayBuilder();
                problem.fieldErrors().forEach((field, message) ->
                        errors.add(Json.createObjectBuilder().add("field", field).add("message", message)));
                extra = Json.createObjectBuilder().add("errors", errors);
            }
            Response.ResponseBuilder response = problem(problem.status(), problem.title(), problem.detail(), extra);
            problem.headers().forEach(response::header);
            return response.build();
        }
        if (failure instanceof ConstraintViolationException violations) {
            return validationProblem(violations);
        }
        if (isMalformedJson(failure)) {
            return problem(400, "Bad Request", "The request body is not valid JSON for this operation.", null).build();
        }
        if (failure instanceof ValidationException) {
            return problem(400, "Bad Request", "The request is invalid.", null).build();
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            Response.StatusType status = original.getStatusInfo();
            Response.ResponseBuilder response = problem(status.getStatusCode(), status.getReasonPhrase(),
                    detailFor(status.getStatusCode()), null);
            for (String header : FORWARDED_HEADERS) {
                Object value = original.getHeaderString(header);
                if (value != null) {
                    response.header(header, value);
                }
            }
            return response.build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, failure);
        JsonObjectBuilder extra = Json.createObjectBuilder().add("errorId", errorId);
        return problem(500, "Internal Server Error",
                "The request could not be completed. Quote error id " + errorId + " when reporting it.", extra)
                .build();
    }

    private static Response validationProblem(ConstraintViolationException violations) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        violations.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(Json.createObjectBuilder()
                        .add("field", fieldName(v))
                        .add("message", v.getMessage())));
        return problem(400, "Bad Request", "The request has invalid fields.",
                Json.createObjectBuilder().add("errors", errors)).build();
    }

    /** "register.request.username" becomes "username": the caller knows fields, not Java methods. */
    static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts.length == 2 ? "body" : path;
    }

    private static boolean isMalformedJson(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    /** The problem body for a bare status, as the servlet container's error pages need it. */
    public static String json(int status, String title) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detailFor(status))
                .build().toString();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "A valid bearer token is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "No acceptable representation.";
            case 413 -> "The request is too large.";
            case 415 -> "This media type is not supported here.";
            case 500 -> "The request could not be completed.";
            case 503 -> "The service is unavailable right now.";
            default -> "The request cannot be served.";
        };
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail, JsonObjectBuilder extra) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title == null ? "Error" : title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
        if (extra != null) {
            body.addAll(extra);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    }
}
