package org.photoshare.platform.problem;

import java.util.Map;
import java.util.TreeMap;

/**
 * A failure that the caller caused or must know about, answered as an RFC 9457 problem.
 * Thrown by domain code; turned into {@code application/problem+json} by {@link ProblemMapper}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> headers;
    private final Map<String, String> fieldErrors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ProblemException(int status, String title, String detail, Map<String, String> headers) {
        this(status, title, detail, headers, Map.of());
    }

    private ProblemException(int status, String title, String detail, Map<String, String> headers,
                             Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
        this.fieldErrors = new TreeMap<>(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** Field name to message, in name order: the {@code errors} of the problem. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** A 400 naming each invalid field of the request, as Bean Validation's refusals do. */
    public static ProblemException invalidFields(Map<String, String> messagesByField) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields.", Map.of(), messagesByField);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "Payload Too Large", detail);
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "Unsupported Media Type", detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "Too Many Requests", detail,
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ProblemException serviceUnavailable(String detail) {
        return new ProblemException(503, "Service Unavailable", detail);
    }
}
