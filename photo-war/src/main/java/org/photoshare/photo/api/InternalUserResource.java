package org.photoshare.photo.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.photoshare.photo.domain.PhotoService;

/** For the other services only (group {@code service}); the gateway never routes here. */
@Path("/internal/users")
@RequestScoped
@RolesAllowed("service")
public class InternalUserResource {

    @Inject
    PhotoService service;

    /** Account deletion: removes all the user's photos, their votes and comments following. Idempotent: 204. */
    @DELETE
    @Path("/{userId}")
    public Response deleteAllOf(@PathParam("userId") String userId) {
        service.deleteAllOf(userId);
        return Response.noContent().build();
    }
}
