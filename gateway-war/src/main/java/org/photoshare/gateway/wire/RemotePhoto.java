package org.photoshare.gateway.wire;

import java.time.Instant;

/** A photo's metadata as photo-war answers it. */
public record RemotePhoto(long id, String title, String ownerId, Instant createdAt, int width, int height) {
}
