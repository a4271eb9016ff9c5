package org.photoshare.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Forwards the caller's token to the service being called. Payara's
 * {@code propagateHeaders=Authorization} does not do it, so REST clients register this factory.
 */
@ApplicationScoped
public class BearerTokenForwarder implements ClientHeadersFactory {

    @Inject
    Instance<JsonWebToken> callerToken;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (outgoing.containsKey(HttpHeaders.AUTHORIZATION)) {
            return headers;
        }
        String raw = callerToken.isResolvable() ? callerToken.get().getRawToken() : null;
        if (raw != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
        }
        return headers;
    }
}
