package org.photoshare.auth.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class PasswordChange {

    @NotNull
    @Size(max = 128)
    public String currentPassword;

    @NotNull
    @Size(min = 8, max = 128)
    public String newPassword;
}
