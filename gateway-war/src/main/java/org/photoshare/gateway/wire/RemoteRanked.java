package org.photoshare.gateway.wire;

import java.time.Instant;

/** One entry of vote-war's hot or trending timeline. */
public record RemoteRanked(long photoId, Instant createdAt, long upvotes, long downvotes) {
}
