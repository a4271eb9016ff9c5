package org.photoshare.gateway.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.photoshare.gateway.client.BoundedInputStream;
import org.photoshare.gateway.client.PhotoTransfer;
import org.photoshare.gateway.client.ProxiedImage;
import org.photoshare.gateway.compose.EdgeGallery;
import org.photoshare.gateway.security.Caller;
import org.photoshare.gateway.wire.NewComment;
import org.photoshare.gateway.wire.VoteValue;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.ui.model.CommentItem;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.PhotoDetail;
import org.photoshare.ui.model.Slice;
import org.photoshare.ui.model.Timeline;
import org.photoshare.ui.model.VoteCounts;

import java.io.InputStream;
import java.net.URI;

@Path("/photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PhotoResource {

    /** Room for the multipart framing and the title around the file itself. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    static final int COMMENTS_WITH_PHOTO = 20;

    @Inject
    EdgeGallery gallery;

    @Inject
    PhotoTransfer transfer;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.upload.max-bytes", defaultValue = "15728640")
    long maxBytes;

    @GET
    @Operation(summary = "A timeline page: newest, hot (today) or trending; unavailable names parts left out")
    public Slice<PhotoCard> timeline(@QueryParam("timeline") @DefaultValue("newest") String timeline,
                                     @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Timeline chosen = Timeline.parse(timeline)
                .orElseThrow(() -> ProblemException.badRequest("timeline must be newest, hot or trending."));
        return gallery.timeline(chosen, cursor, Paging.limit(limit));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Upload a photo (multipart: file, title)")
    @APIResponse(responseCode = "201", description = "The new photo")
    @APIResponse(responseCode = "413", description = "Too large")
    @APIResponse(responseCode = "415", description = "Not an image")
    @APIResponse(responseCode = "422", description = "A corrupt image")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        caller.requireSignedIn();
        long limit = maxBytes + MULTIPART_OVERHEAD;
        if (length != null && length > limit) {
            throw ProblemException.payloadTooLarge("The photo is larger than " + maxBytes / (1024 * 1024) + " MB.");
        }
        PhotoCard created = gallery.uploadRaw(contentType, new BoundedInputStream(body, limit));
        return Response.created(URI.create("/api/photos/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One photo with its first page of comments (comments null when unavailable)")
    public PhotoDetail photo(@PathParam("id") long id) {
        return gallery.photo(id, null, COMMENTS_WITH_PHOTO)
                .orElseThrow(() -> ProblemException.notFound("No such photo."));
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a photo (its owner or an admin)")
    public Response delete(@PathParam("id") long id) {
        caller.requireSignedIn();
        gallery.deletePhoto(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/image")
    @Produces({"image/jpeg", "image/png", "image/gif", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "The image bytes (variant thumb, display or original), with ETag and Cache-Control")
    public Response image(@PathParam("id") long id, @QueryParam("variant") @DefaultValue("display") String variant,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ProxiedImage image = transfer.image(id, variant, ifNoneMatch);
        Response.ResponseBuilder response = Response.status(image.status());
        image.headers().forEach(response::header);
        response.header("Cross-Origin-Resource-Policy", "same-origin");
        if (image.status() == 304) {
            closeQuietly(image.body());
            return response.build();
        }
        StreamingOutput bytes = out -> {
            try (InputStream in = image.body()) {
                in.transferTo(out);
            }
        };
        return response.entity(bytes).build();
    }

    @PUT
    @Path("/{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set (1, -1) or withdraw (0) one's vote; answers the new counts")
    public VoteCounts vote(@PathParam("id") long id, @Valid @NotNull VoteValue vote) {
        caller.requireSignedIn();
        return gallery.vote(id, vote.value);
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "A photo's comments, newest first")
    public Slice<CommentItem> comments(@PathParam("id") long id, @QueryParam("limit") String limit,
                                       @QueryParam("cursor") String cursor) {
        return gallery.comments(id, cursor, Paging.limit(limit));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Comment on a photo")
    @APIResponse(responseCode = "201", description = "The new comment")
    public Response comment(@PathParam("id") long id, @Valid @NotNull NewComment comment) {
        caller.requireSignedIn();
        CommentItem created = gallery.comment(id, comment.text.strip());
        return Response.created(URI.create("/api/photos/" + id + "/comments")).entity(created).build();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (java.io.IOException ignored) {
            // nothing to do: the body was empty
        }
    }
}
