package org.photoshare.vote.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.vote.domain.Photo;

import java.math.BigDecimal;
import java.time.Instant;

/** A photo's place in a ranking; the gateway adds the photo's data from photo-war. */
@JsonbPropertyOrder({"photoId", "createdAt", "upvotes", "downvotes", "score"})
public record TimelineEntry(long photoId, Instant createdAt, int upvotes, int downvotes, BigDecimal score) {

    static TimelineEntry of(Photo photo) {
        return new TimelineEntry(photo.id(), photo.createdAt(), photo.upvotes(), photo.downvotes(), photo.score());
    }
}
