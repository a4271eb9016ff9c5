package org.photoshare.gateway.wire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/login}, forwarded to auth-war. */
public record Credentials(@NotBlank @Size(max = 100) String username, @NotNull @Size(max = 128) String password) {
}
