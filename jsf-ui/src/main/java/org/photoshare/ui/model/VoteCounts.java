package org.photoshare.ui.model;

public record VoteCounts(long photoId, long upvotes, long downvotes, int myVote) {
}
