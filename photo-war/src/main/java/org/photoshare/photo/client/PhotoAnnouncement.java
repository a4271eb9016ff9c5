package org.photoshare.photo.client;

import java.time.Instant;

/** The body of {@code PUT /internal/photos/{id}}: what vote-war and comment-war keep of a new photo. */
public record PhotoAnnouncement(String ownerId, Instant createdAt) {
}
