package org.photoshare.auth.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.photoshare.auth.domain.Usernames;

public class Registration {

    @NotNull
    @Pattern(regexp = Usernames.PATTERN, message = "must be 3 to 30 letters, digits, '_' or '-'")
    public String username;

    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    @NotNull
    @Size(min = 8, max = 128)
    public String password;
}
