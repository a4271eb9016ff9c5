package org.photoshare.ui.model;

import java.time.Instant;

/** A user's profile; {@code email} only for its owner and admins. */
public record Profile(String id, String username, String displayName, String bio, String email, Instant createdAt) {

    public String shownName() {
        return displayName != null && !displayName.isBlank() ? displayName : username;
    }
}
