package org.photoshare.vote.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.vote.domain.Vote;

import java.time.Instant;

/** A vote as its user sees it. */
@JsonbPropertyOrder({"photoId", "value", "votedAt"})
public record MyVoteView(long photoId, int value, Instant votedAt) {

    static MyVoteView of(Vote vote) {
        return new MyVoteView(vote.photoId(), vote.value(), vote.votedAt());
    }
}
