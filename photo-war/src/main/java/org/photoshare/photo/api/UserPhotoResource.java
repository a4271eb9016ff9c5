package org.photoshare.photo.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.photoshare.photo.domain.NewestKey;
import org.photoshare.photo.persistence.PhotoRepository;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.paging.PageLimit;

/** One user's photos, newest first (an unknown user simply has none). */
@Path("/users/{userId}/photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserPhotoResource {

    @Inject
    PhotoRepository photos;

    @GET
    @PermitAll
    public Page<PhotoView> list(@PathParam("userId") String userId, @QueryParam("limit") String limit,
                                @QueryParam("cursor") String cursor) {
        int size = PageLimit.of(limit);
        return PhotoResource.page(photos.newestOf(userId, NewestKey.fromCursor(cursor), size + 1), size);
    }
}
