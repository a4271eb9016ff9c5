package org.photoshare.platform.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.io.StringReader;
import java.util.Locale;

/** Turns a called service's error response, problem+json or not, into a {@link RemoteProblem}. */
public class RemoteProblemMapper implements ResponseExceptionMapper<RemoteProblem> {

    @Override
    public RemoteProblem toThrowable(Response response) {
        int status = response.getStatus();
        String detail = detailOf(response);
        return isRefusal(status, response.getHeaderString("Content-Type"))
                ? new RemoteRefusal(status, detail) : new RemoteFailure(status, detail);
    }

    /**
     * Whether an error response is the called service's own answer to this request. Every service
     * answers its refusals as problem+json, the container's own 401/403/404/405 included (the
     * platform's error page); a 4xx in another form came from a server whose application is not
     * deployed (a task starting or stopping), so it is a failure, retried and counted, not an answer.
     */
    public static boolean isRefusal(int status, String contentType) {
        return status < 500 && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static String detailOf(Response response) {
        String fallback = response.getStatusInfo().getReasonPhrase();
        try {
            MediaType type = response.getMediaType();
            if (type == null || !type.getSubtype().endsWith("json") || !response.hasEntity()) {
                return fallback;
            }
            String body = response.readEntity(String.class);
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonObject problem = reader.readObject();
                return problem.getString("detail", fallback);
            }
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }
}
