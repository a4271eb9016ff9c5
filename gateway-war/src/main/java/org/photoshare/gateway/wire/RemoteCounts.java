package org.photoshare.gateway.wire;

/** A photo's vote counts from vote-war. */
public record RemoteCounts(long photoId, long upvotes, long downvotes) {
}
