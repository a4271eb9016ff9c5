package org.photoshare.gateway.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.photoshare.gateway.security.Caller;
import org.photoshare.gateway.wire.ProfileUpdate;
import org.photoshare.gateway.wire.Registration;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.Profile;
import org.photoshare.ui.model.SignedIn;
import org.photoshare.ui.model.Slice;
import org.photoshare.ui.model.UserComment;
import org.photoshare.ui.model.UserVote;
import org.photoshare.ui.port.Accounts;
import org.photoshare.ui.port.Gallery;

import java.net.URI;

@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    static final String ME = "me";

    @Inject
    Accounts accounts;

    @Inject
    Gallery gallery;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register; answers the user and a token")
    @APIResponse(responseCode = "201", description = "Registered and signed in")
    @APIResponse(responseCode = "409", description = "The username or email is taken")
    public Response register(@Valid @NotNull Registration registration) {
        SignedIn created = accounts.register(registration.username.trim(), registration.email.trim(),
                registration.password);
        return Response.created(URI.create("/api/users/" + created.user().id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A user's profile (me: one's own, with email)")
    public Profile profile(@PathParam("id") String id) {
        if (ME.equals(id)) {
            caller.requireSignedIn();
            return accounts.myProfile();
        }
        return accounts.profile(id);
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace one's display name, bio and email")
    public Profile update(@Valid @NotNull ProfileUpdate update) {
        caller.requireSignedIn();
        return accounts.updateMyProfile(update.displayName, update.bio, update.email.trim());
    }

    @DELETE
    @Path("/me")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete one's account and everything in it")
    public Response delete() {
        caller.requireSignedIn();
        accounts.deleteMyAccount();
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/photos")
    @Operation(summary = "A user's photos, newest first")
    public Slice<PhotoCard> photos(@PathParam("id") String id, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        return gallery.photosOf(id, cursor, Paging.limit(limit));
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "A user's comments, newest first, with the photos they are on")
    public Slice<UserComment> comments(@PathParam("id") String id, @QueryParam("limit") String limit,
                                       @QueryParam("cursor") String cursor) {
        return gallery.commentsOf(id, cursor, Paging.limit(limit));
    }

    @GET
    @Path("/{id}/votes")
    @Operation(summary = "A user's votes, newest first: only the user themselves may list them (401, 403 otherwise)")
    public Slice<UserVote> votes(@PathParam("id") String id, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        return gallery.votesOf(id, cursor, Paging.limit(limit));
    }
}
