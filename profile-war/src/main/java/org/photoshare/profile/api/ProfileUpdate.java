package org.photoshare.profile.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A full replacement of the editable fields (PUT semantics). */
public class ProfileUpdate {

    @Size(max = 50)
    public String displayName;

    @Size(max = 300)
    public String bio;

    @NotBlank
    @Email
    @Size(max = 254)
    public String email;
}
