package org.photoshare.gateway.wire;

public record RemoteCommentCount(long photoId, long count) {
}
