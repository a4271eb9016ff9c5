package org.photoshare.photo.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.photoshare.photo.domain.ImageHeader;
import org.photoshare.photo.domain.PhotoService;
import org.photoshare.photo.domain.image.Variant;
import org.photoshare.photo.persistence.PhotoRepository;
import org.photoshare.platform.http.EntityTags;
import org.photoshare.platform.problem.ProblemException;

/**
 * A photo's image bytes. A photo's variants never change, so they are cacheable for a year and
 * their ETag is the content hash; a matching {@code If-None-Match} is answered 304 from the
 * image's header row, without loading the bytes.
 */
@Path("/photos/{id}/image")
@RequestScoped
public class PhotoImageResource {

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    @Inject
    PhotoRepository photos;

    @GET
    @PermitAll
    public Response image(@PathParam("id") long id, @QueryParam("variant") String variantName,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Variant variant = Variant.ofWireName(variantName)
                .orElseThrow(() -> ProblemException.badRequest("variant must be thumb, display or original."));
        ImageHeader header = photos.imageHeader(id, variant).orElseThrow(PhotoService::noSuchPhoto);
        EntityTag etag = new EntityTag(header.contentHash());
        // compared here, not by Request.evaluatePreconditions: its parser fails on a malformed header (500)
        if (EntityTags.anyMatches(ifNoneMatch, etag.toString())) {
            return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER).build();
        }
        byte[] bytes = photos.imageBytes(id, variant).orElseThrow(PhotoService::noSuchPhoto);
        return Response.ok(bytes, header.mediaType())
                .tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
