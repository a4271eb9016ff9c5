package org.photoshare.ui.model;

import java.time.Instant;

/**
 * One photo as the timelines, the photo page and the API show it. The counts are null when the
 * service that owns them was unavailable; {@code myVote} is null for anonymous viewers.
 */
public record PhotoCard(long id, String title, UserRef owner, Instant createdAt, int width, int height,
                        Long upvotes, Long downvotes, Long commentCount, Integer myVote, ImageLinks images) {

    /** The same card as the viewer who voted {@code vote} (1, -1, 0) sees it. */
    public PhotoCard withMyVote(Integer vote) {
        return new PhotoCard(id, title, owner, createdAt, width, height, upvotes, downvotes, commentCount, vote, images);
    }
}
