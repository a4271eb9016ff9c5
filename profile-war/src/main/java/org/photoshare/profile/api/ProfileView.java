package org.photoshare.profile.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.profile.domain.Profile;

import java.time.Instant;

/** A profile as others see it; {@code email} is filled only for its owner and admins (JSON-B omits nulls). */
@JsonbPropertyOrder({"id", "username", "displayName", "bio", "email", "createdAt"})
public record ProfileView(String id, String username, String displayName, String bio,
                          String email, Instant createdAt) {

    public static ProfileView publicOf(Profile p) {
        return new ProfileView(p.id(), p.username(), p.displayName(), p.bio(), null, p.createdAt());
    }

    public static ProfileView privateOf(Profile p) {
        return new ProfileView(p.id(), p.username(), p.displayName(), p.bio(), p.email(), p.createdAt());
    }
}
