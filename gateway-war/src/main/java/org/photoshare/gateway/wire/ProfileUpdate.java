package org.photoshare.gateway.wire;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/users/me}: a full replacement of the editable profile fields. */
public record ProfileUpdate(@Size(max = 50) String displayName, @Size(max = 300) String bio,
                            @NotBlank @Email @Size(max = 254) String email) {
}
