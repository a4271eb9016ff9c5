package org.photoshare.gateway.wire;

import java.time.Instant;

public record RemoteComment(long id, long photoId, String authorId, String text, Instant createdAt) {
}
