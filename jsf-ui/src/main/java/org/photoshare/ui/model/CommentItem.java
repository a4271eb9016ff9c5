package org.photoshare.ui.model;

import java.time.Instant;

public record CommentItem(long id, long photoId, UserRef author, String text, Instant createdAt) {
}
