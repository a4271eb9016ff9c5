package org.photoshare.auth.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.auth.domain.SignInService;
import org.photoshare.platform.security.ClientAddress;

/** Sign-in: username and password for a token. */
@Path("/tokens")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    SignInService signIn;

    @Inject
    JsonWebToken caller;

    @POST
    public TokenView signIn(@Valid @NotNull Credentials credentials, @HeaderParam(ClientAddress.HEADER) String client) {
        return TokenView.of(signIn.signIn(credentials.username, credentials.password,
                ForwardedClient.addressOf(caller, client)));
    }
}
