package org.photoshare.ui.model;

/** A comment on a user's page, with the photo it was written on (null if that photo is gone). */
public record UserComment(CommentItem comment, PhotoCard photo) {
}
