package org.photoshare.comment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.photoshare.comment.domain.Announcement;
import org.photoshare.comment.domain.CommentService;

/**
 * For the other services only (group {@code service}); the gateway never routes here. photo-war
 * announces new and deleted photos, auth-war deleted accounts. Every call is idempotent.
 */
@Path("/internal")
@RequestScoped
@RolesAllowed("service")
public class InternalResource {

    @Inject
    CommentService commenting;

    /** 201 when registered now; 204 when already known, or deleted before (then ignored). */
    @PUT
    @Path("/photos/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response announce(@PathParam("id") long photoId, @Valid @NotNull PhotoAnnouncement photo) {
        Announcement outcome = commenting.register(photoId, photo.ownerId, photo.createdAt);
        return Response.status(outcome == Announcement.REGISTERED ? Response.Status.CREATED : Response.Status.NO_CONTENT)
                .build();
    }

    @DELETE
    @Path("/photos/{id}")
    public Response deletePhoto(@PathParam("id") long photoId) {
        commenting.deletePhoto(photoId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/users/{userId}")
    public Response deleteUser(@PathParam("userId") String userId) {
        commenting.deleteUser(userId);
        return Response.noContent().build();
    }
}
