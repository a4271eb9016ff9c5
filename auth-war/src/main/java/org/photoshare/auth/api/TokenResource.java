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
import org.photoshare.auth.domain.SignInService;

/** Sign-in: username and password for a token. */
@Path("/tokens")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    SignInService signIn;

    @POST
    public TokenView signIn(@Valid @NotNull Credentials credentials) {
        return TokenView.of(signIn.signIn(credentials.username, credentials.password));
    }
}
