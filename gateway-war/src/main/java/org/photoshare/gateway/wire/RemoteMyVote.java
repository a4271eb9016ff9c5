package org.photoshare.gateway.wire;

/** The caller's vote on one photo (1 or -1) from vote-war; photos without a vote are left out. */
public record RemoteMyVote(long photoId, int value) {
}
