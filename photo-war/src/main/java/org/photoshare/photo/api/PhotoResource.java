package org.photoshare.photo.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.platform.batch.BatchIds;
import org.photoshare.photo.domain.BoundedRead;
import org.photoshare.photo.domain.NewestKey;
import org.photoshare.photo.domain.Photo;
import org.photoshare.photo.domain.PhotoService;
import org.photoshare.photo.domain.PhotoSettings;
import org.photoshare.photo.persistence.PhotoRepository;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.paging.PageLimit;
import org.photoshare.platform.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Photos: upload, metadata (one, a batch, the newest timeline) and deletion. */
@Path("/photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PhotoResource {

    private static final int TITLE_PART_MAX_BYTES = 4096;

    @Inject
    PhotoService service;

    @Inject
    PhotoRepository photos;

    @Inject
    PhotoSettings settings;

    @Inject
    JsonWebToken caller;

    /**
     * Multipart form with the parts {@code file} (the image; its name and declared type are
     * ignored) and {@code title}. 201 with the photo and its Location.
     */
    @POST
    @RolesAllowed("user")
    @UploadSizeLimit
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("file") EntityPart file, @FormParam("title") EntityPart title,
                           @Context UriInfo uri) {
        try (InputStream content = file == null ? null : file.getContent()) {
            Photo photo = service.upload(caller.getSubject(), text(title), content);
            return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(photo.id())).build())
                    .entity(PhotoView.of(photo)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With {@code ids=1,2,3}: those photos (unknown ones left out), in the order asked.
     * Without: the newest timeline, one keyset page at a time.
     */
    @GET
    @PermitAll
    public Response list(@QueryParam("ids") String ids, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor) {
        if (ids != null) {
            if (limit != null || cursor != null) {
                throw ProblemException.badRequest("ids cannot be combined with limit or cursor.");
            }
            return Response.ok(batch(BatchIds.numeric(ids, settings.batchLimit()))).build();
        }
        int size = PageLimit.of(limit);
        List<Photo> fetched = photos.newest(NewestKey.fromCursor(cursor), size + 1);
        return Response.ok(page(fetched, size)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public PhotoView get(@PathParam("id") long id) {
        return photos.find(id).map(PhotoView::of).orElseThrow(PhotoService::noSuchPhoto);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"user", "admin"})
    public Response delete(@PathParam("id") long id) {
        service.delete(id, caller.getSubject(), caller.getGroups().contains("admin"));
        return Response.noContent().build();
    }

    private List<PhotoView> batch(List<Long> ids) {
        Map<Long, Photo> found = photos.findAll(ids).stream().collect(Collectors.toMap(Photo::id, Function.identity()));
        return ids.stream().filter(found::containsKey).map(found::get).map(PhotoView::of).toList();
    }

    static Page<PhotoView> page(List<Photo> fetched, int size) {
        return Page.of(fetched, size, photo -> NewestKey.of(photo).toCursor()).map(PhotoView::of);
    }

    private static String text(EntityPart part) {
        if (part == null) {
            return null;
        }
        try (InputStream content = part.getContent()) {
            return new String(BoundedRead.readAtMost(content, TITLE_PART_MAX_BYTES, "The title"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
