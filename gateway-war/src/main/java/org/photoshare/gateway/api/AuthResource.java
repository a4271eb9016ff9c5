package org.photoshare.gateway.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.photoshare.gateway.wire.Credentials;
import org.photoshare.ui.model.SignedIn;
import org.photoshare.ui.port.Accounts;

@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Accounts accounts;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: a token for Authorization: Bearer")
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "403", description = "The account is disabled")
    @APIResponse(responseCode = "429", description = "Too many failures; see Retry-After")
    public SignedIn login(@Valid @NotNull Credentials credentials) {
        return accounts.signIn(credentials.username.trim(), credentials.password);
    }
}
