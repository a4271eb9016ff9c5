package org.photoshare.gateway.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.photoshare.gateway.security.Caller;
import org.photoshare.ui.port.Gallery;

@Path("/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Inject
    Gallery gallery;

    @Inject
    Caller caller;

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a comment (its author or an admin)")
    public Response delete(@PathParam("id") long id) {
        caller.requireSignedIn();
        gallery.deleteComment(id);
        return Response.noContent().build();
    }
}
