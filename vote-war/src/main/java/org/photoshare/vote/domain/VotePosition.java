package org.photoshare.vote.domain;

import org.photoshare.platform.paging.Cursor;

import java.time.Instant;

/** Where a page of a user's votes (newest first) ends. */
public record VotePosition(Instant votedAt, long photoId) {

    public static VotePosition after(Vote last) {
        return new VotePosition(last.votedAt(), last.photoId());
    }

    public String encode() {
        return Cursor.encode(votedAt.toEpochMilli(), photoId);
    }

    public static VotePosition decode(String cursor) {
        return Cursor.decode(cursor, 2, keys -> new VotePosition(Instant.ofEpochMilli(Long.parseLong(keys.get(0))),
                Long.parseLong(keys.get(1))));
    }
}
