package org.photoshare.auth.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.auth.domain.AccountModeration;
import org.photoshare.auth.domain.AccountService;
import org.photoshare.platform.security.ClientAddress;


@Path("/accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    AccountModeration moderation;

    @Inject
    JsonWebToken caller;

    /** Creates the credentials and the profile together; 201 with the user and a token. */
    @POST
    @PermitAll
    public Response register(@Valid @NotNull Registration registration, @HeaderParam(ClientAddress.HEADER) String client) {
        TokenView created = TokenView.of(accounts.register(registration.username, registration.email,
                registration.password, ForwardedClient.addressOf(caller, client)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/me/password")
    @RolesAllowed("user")
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        accounts.changePassword(caller.getSubject(), change.currentPassword, change.newPassword);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/me")
    @RolesAllowed("user")
    public Response delete() {
        accounts.deleteAccount(caller.getSubject());
        return Response.noContent().build();
    }

    /** An account's moderation state, for the admin console. */
    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "service"})
    public AccountModeration.AccountStatus status(@PathParam("id") String id) {
        return moderation.status(id);
    }

    /** Disables an account: sign-in is refused until it is enabled again. */
    @PUT
    @Path("/{id}/disabled")
    @RolesAllowed({"admin", "service"})
    public Response disable(@PathParam("id") String id) {
        moderation.setDisabled(id, true, caller.getSubject());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/disabled")
    @RolesAllowed({"admin", "service"})
    public Response enable(@PathParam("id") String id) {
        moderation.setDisabled(id, false, caller.getSubject());
        return Response.noContent().build();
    }
}
