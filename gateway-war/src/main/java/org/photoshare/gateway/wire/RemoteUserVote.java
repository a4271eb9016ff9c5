package org.photoshare.gateway.wire;

/** One vote of a user's vote list from vote-war. */
public record RemoteUserVote(long photoId, int value) {
}
