package org.photoshare.comment.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.photoshare.comment.domain.CommentPosition;
import org.photoshare.comment.domain.CommentService;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.paging.PageLimit;

@Path("/users/{userId}/comments")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UserCommentResource {

    @Inject
    CommentService commenting;

    /** A user's comments, newest first. */
    @GET
    public Page<CommentView> comments(@PathParam("userId") String userId, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor) {
        CommentPosition after = cursor == null ? null : CommentPosition.decode(cursor);
        return commenting.ofAuthor(userId, after, PageLimit.of(limit)).map(CommentView::of);
    }
}
