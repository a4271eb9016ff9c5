package org.photoshare.gateway.wire;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/users/me}: a full replacement of the editable profile fields. */
public class ProfileUpdate {

    @Size(max = 50)
    public String displayName;

    @Size(max = 300)
    public String bio;

    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    public ProfileUpdate() {
    }

    public ProfileUpdate(String displayName, String bio, String email) {
        this.displayName = displayName;
        this.bio = bio;
        this.email = email;
    }
}
