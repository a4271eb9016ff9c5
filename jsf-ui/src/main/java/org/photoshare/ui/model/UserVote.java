package org.photoshare.ui.model;

/** A vote on a user's page: the photo and the vote's value (1 or -1). */
public record UserVote(PhotoCard photo, int value) {
}
