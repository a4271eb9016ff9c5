package org.photoshare.gateway.wire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/login}, forwarded to auth-war. */
public class Credentials {

    @NotBlank
    @Size(max = 100)
    public String username;

    @NotNull
    @Size(max = 128)
    public String password;

    public Credentials() {
    }

    public Credentials(String username, String password) {
        this.username = username;
        this.password = password;
    }
}
