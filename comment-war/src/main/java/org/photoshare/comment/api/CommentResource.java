package org.photoshare.comment.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.comment.domain.CommentService;

@Path("/comments/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Inject
    CommentService commenting;

    @Inject
    JsonWebToken caller;

    @GET
    @PermitAll
    public CommentView get(@PathParam("id") long id) {
        return CommentView.of(commenting.find(id));
    }

    /** 204; 403 unless the caller is the author or an admin. */
    @DELETE
    @RolesAllowed("user")
    public Response delete(@PathParam("id") long id) {
        commenting.delete(id, caller.getSubject(), caller.getGroups().contains("admin"));
        return Response.noContent().build();
    }
}
