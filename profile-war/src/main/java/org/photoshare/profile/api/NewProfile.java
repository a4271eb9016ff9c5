package org.photoshare.profile.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class NewProfile {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9_-]{3,30}", message = "must be 3 to 30 letters, digits, '_' or '-'")
    public String username;

    @NotBlank
    @Email
    @Size(max = 254)
    public String email;
}
