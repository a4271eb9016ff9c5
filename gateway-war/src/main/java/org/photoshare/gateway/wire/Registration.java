package org.photoshare.gateway.wire;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/users}, forwarded to auth-war (whose rules these mirror, for field-level errors at the edge). */
public record Registration(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{3,30}", message = "must be 3 to 30 letters, digits, '_' or '-'")
        String username,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 8, max = 128) String password) {
}
