package org.photoshare.auth.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.photoshare.auth.domain.AuthSettings;
import org.photoshare.auth.domain.IssuedToken;
import org.photoshare.auth.domain.TokenIssuer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** auth-war holds the signing key, so it signs its own service token for calls to internal endpoints. */
@ApplicationScoped
public class SelfSignedServiceTokenHeaders implements ClientHeadersFactory {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    @Inject
    TokenIssuer issuer;

    @Inject
    AuthSettings settings;

    @Inject
    Clock clock;

    private volatile IssuedToken current;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token().token());
        return headers;
    }

    private IssuedToken token() {
        Instant now = clock.instant();
        IssuedToken token = current;
        if (token == null || token.expiresAt().minus(RENEW_BEFORE_EXPIRY).isBefore(now)) {
            token = issuer.issueForService("auth", now, settings.serviceTokenLifetime());
            current = token;
        }
        return token;
    }
}
