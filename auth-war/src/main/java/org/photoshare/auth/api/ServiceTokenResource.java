package org.photoshare.auth.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.photoshare.auth.domain.AuthSettings;
import org.photoshare.auth.domain.IssuedToken;
import org.photoshare.auth.domain.TokenIssuer;
import org.photoshare.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;

/**
 * Client credentials for the services: a service proves the shared service secret and receives a
 * short-lived token in group {@code service}, the only group the internal endpoints accept.
 * Not routed by the gateway.
 */
@Path("/service-tokens")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTokenResource {

    public record ServiceToken(String token, Instant expiresAt) {
    }

    @Inject
    TokenIssuer issuer;

    @Inject
    AuthSettings settings;

    @Inject
    Clock clock;

    @POST
    public ServiceToken issue(@Valid @NotNull ServiceCredentials credentials) {
        byte[] expected = settings.serviceSecret()
                .orElseThrow(() -> ProblemException.unauthorized("Service tokens are not configured."))
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, credentials.secret.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.unauthorized("Wrong service credentials.");
        }
        IssuedToken token = issuer.issueForService(credentials.service, clock.instant(),
                settings.serviceTokenLifetime());
        return new ServiceToken(token.token(), token.expiresAt());
    }
}
