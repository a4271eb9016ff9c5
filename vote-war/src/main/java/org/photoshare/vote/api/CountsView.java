package org.photoshare.vote.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.vote.domain.Photo;

@JsonbPropertyOrder({"photoId", "upvotes", "downvotes"})
public record CountsView(long photoId, int upvotes, int downvotes) {

    static CountsView of(Photo photo) {
        return new CountsView(photo.id(), photo.upvotes(), photo.downvotes());
    }
}
