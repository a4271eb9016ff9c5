package org.photoshare.photo.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.photo.domain.Photo;

import java.time.Instant;

/** A photo's metadata as every endpoint returns it; the image URLs are built by the gateway. */
@JsonbPropertyOrder({"id", "title", "ownerId", "createdAt", "width", "height"})
public record PhotoView(long id, String title, String ownerId, Instant createdAt, int width, int height) {

    public static PhotoView of(Photo photo) {
        return new PhotoView(photo.id(), photo.title(), photo.ownerId(), photo.createdAt(), photo.width(),
                photo.height());
    }
}
