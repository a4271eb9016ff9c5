package org.photoshare.platform.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.io.StringReader;

/** Turns a called service's error response, problem+json or not, into a {@link RemoteProblem}. */
public class RemoteProblemMapper implements ResponseExceptionMapper<RemoteProblem> {

    @Override
    public RemoteProblem toThrowable(Response response) {
        int status = response.getStatus();
        String detail = detailOf(response);
        return status < 500 ? new RemoteRefusal(status, detail) : new RemoteFailure(status, detail);
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
