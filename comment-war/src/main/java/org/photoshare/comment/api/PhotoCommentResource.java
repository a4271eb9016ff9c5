package org.photoshare.comment.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.comment.domain.Comment;
import org.photoshare.comment.domain.CommentPosition;
import org.photoshare.comment.domain.CommentService;
import org.photoshare.comment.persistence.CommentRepository;
import org.photoshare.platform.batch.BatchIds;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.paging.PageLimit;
import org.photoshare.platform.problem.ProblemException;

import java.util.List;

/** A photo's comments, and counts and latest comments for many photos at once. */
@Path("/photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PhotoCommentResource {

    static final int MAX_LATEST_PER_PHOTO = 10;

    @Inject
    CommentService commenting;

    @Inject
    CommentRepository comments;

    @Inject
    JsonWebToken caller;

    @Inject
    @ConfigProperty(name = "photoshare.comment.batch-limit", defaultValue = "100")
    int batchLimit;

    /** 201 with the comment; the author is the token's subject; 404 for a photo comment-war does not know. */
    @POST
    @Path("/{id}/comments")
    @RolesAllowed("user")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long photoId, @Valid @NotNull NewComment comment, @Context UriInfo uri) {
        Comment added = commenting.add(photoId, caller.getSubject(), comment.text);
        return Response.created(uri.getBaseUriBuilder().path("comments").path(Long.toString(added.id())).build())
                .entity(CommentView.of(added)).build();
    }

    /** A photo's comments, newest first. */
    @GET
    @Path("/{id}/comments")
    @PermitAll
    public Page<CommentView> list(@PathParam("id") long photoId, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        CommentPosition after = cursor == null ? null : CommentPosition.decode(cursor);
        return commenting.ofPhoto(photoId, after, PageLimit.of(limit)).map(CommentView::of);
    }

    /** {@code ?ids=1,2,3}: the comment count of each known photo (0 included); unknown ids are left out. */
    @GET
    @Path("/comment-counts")
    @PermitAll
    public List<CommentCountView> counts(@QueryParam("ids") String ids) {
        return comments.counts(BatchIds.numeric(ids, batchLimit)).entrySet().stream()
                .map(count -> new CommentCountView(count.getKey(), count.getValue())).toList();
    }

    /** {@code ?ids=1,2,3&per=3}: the latest comments of each photo that has any, in one query. */
    @GET
    @Path("/latest-comments")
    @PermitAll
    public List<LatestCommentsView> latest(@QueryParam("ids") String ids, @QueryParam("per") @DefaultValue("3") int per) {
        if (per < 1 || per > MAX_LATEST_PER_PHOTO) {
            throw ProblemException.badRequest("per must be between 1 and " + MAX_LATEST_PER_PHOTO + ".");
        }
        return commenting.latest(BatchIds.numeric(ids, batchLimit), per).entrySet().stream()
                .map(photo -> new LatestCommentsView(photo.getKey(),
                        photo.getValue().stream().map(CommentView::of).toList()))
                .toList();
    }
}
