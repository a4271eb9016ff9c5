package org.photoshare.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.photoshare.platform.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every JSON request body of the project's own types, checked strictly before JSON-B reads it: the
 * body is one JSON object of at most {@link #MAX_BYTES} (a larger declared length is a 413 before
 * anything is read), and each field has exactly the JSON type its
 * Java field declares (a string for a {@code String}, a whole number in range for an {@code Integer},
 * {@code true}/{@code false} for a {@code Boolean}). JSON-B alone would take {@code "1"}, {@code 1.9},
 * {@code [1]} or {@code 1e400} for a number and {@code 12345}, {@code true} or {@code ["a","b"]} for a
 * string; here each is a 400 problem naming the field, before the resource runs, so nothing is stored.
 * Unknown fields are ignored, null ones are left to Bean Validation.
 * <p>
 * An interceptor rather than a reader of its own: JAX-RS would pick between it and JSON-B's reader by
 * rules that do not promise this one wins, while every interceptor runs around whichever reader is chosen.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonBodies implements ReaderInterceptor {

    /** The largest JSON body a service takes (its largest, a comment, is a few kilobytes). */
    static final int MAX_BYTES = 64 * 1024;

    private static final String OWN_TYPES = "org.photoshare.";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!applies(context.getType(), context.getMediaType())) {
            return context.proceed();
        }
        if (declaredTooLarge(context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH))) {
            throw tooLarge();
        }
        // a chunked body declares nothing: it is cut off where it passes the limit
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        check(context.getType(), body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** A declared length over the limit is refused before a byte of the body is read. */
    static boolean declaredTooLarge(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BYTES;
        } catch (NumberFormatException beyondLong) {
            return true;
        }
    }

    private static ProblemException tooLarge() {
        return ProblemException.payloadTooLarge("A JSON body may have at most " + MAX_BYTES + " bytes.");
    }

    static boolean applies(Class<?> type, MediaType mediaType) {
        boolean json = mediaType != null && ("json".equals(mediaType.getSubtype())
                || mediaType.getSubtype().endsWith("+json"));
        return json && type.getName().startsWith(OWN_TYPES) && !type.isInterface() && !type.isEnum();
    }

    /** Throws a 400 problem unless {@code body} is a JSON object whose fields fit {@code type}'s. */
    static void check(Class<?> type, byte[] body) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.badRequest("The request body must be a JSON object.");
        }
        JsonObject object = value.asJsonObject();
        Map<String, String> errors = new LinkedHashMap<>();
        JsonFields.of(type).forEach((name, javaType) -> {
            JsonValue member = object.get(name);
            if (member != null && member.getValueType() != JsonValue.ValueType.NULL) {
                String problem = JsonFields.mismatch(javaType, member);
                if (problem != null) {
                    errors.put(name, problem);
                }
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
