package org.photoshare.auth.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.photoshare.auth.domain.SigningKey;

/** Publishes the public half of the signing key for token verifiers. */
@Path("/keys")
@ApplicationScoped
@PermitAll
public class KeyResource {

    @Inject
    SigningKey key;

    @GET
    @Path("/jwks.json")
    @Produces("application/jwk-set+json")
    public String jwks() {
        return key.jwks();
    }

    @GET
    @Path("/public.pem")
    @Produces("application/x-pem-file")
    public String publicKeyPem() {
        return key.publicKeyPem();
    }
}
