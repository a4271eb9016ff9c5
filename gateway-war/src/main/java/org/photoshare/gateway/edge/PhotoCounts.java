package org.photoshare.gateway.edge;

/** What a photo page shows of a photo's votes and comments, and what the edge compares to keep it. */
public record PhotoCounts(long upvotes, long downvotes, long comments) {
}
