package org.photoshare.vote.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.vote.domain.Photo;

/** The answer to a vote: the photo's new counts and the caller's vote. */
@JsonbPropertyOrder({"photoId", "upvotes", "downvotes", "myVote"})
public record VoteView(long photoId, int upvotes, int downvotes, int myVote) {

    static VoteView of(Photo photo, int myVote) {
        return new VoteView(photo.id(), photo.upvotes(), photo.downvotes(), myVote);
    }
}
