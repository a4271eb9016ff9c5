package org.photoshare.gateway.wire;

/** vote-war's answer to a vote: the new counts and the caller's vote. */
public record RemoteVoteResult(long photoId, long upvotes, long downvotes, int myVote) {
}
