package org.photoshare.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class Credentials {

    @NotBlank
    @Size(max = 100)
    public String username;

    @NotNull
    @Size(max = 128)
    public String password;
}
