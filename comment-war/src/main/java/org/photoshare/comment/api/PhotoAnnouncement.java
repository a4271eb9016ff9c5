package org.photoshare.comment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** photo-war's announcement of a new photo. */
public class PhotoAnnouncement {

    @NotBlank
    @Size(max = 36)
    public String ownerId;

    @NotNull
    public Instant createdAt;
}
