package org.photoshare.comment.domain;

/** What became of photo-war's announcement of a photo. */
public enum Announcement {
    /** The photo is known from now on. */
    REGISTERED,
    /** It was known already, with the same owner and upload time. */
    ALREADY_KNOWN,
    /** It was deleted before: the late announcement is ignored. */
    ALREADY_DELETED
}
