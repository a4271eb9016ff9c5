package org.photoshare.gateway.wire;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/users}, forwarded to auth-war (whose rules these mirror, for field-level errors at
 * the edge). A class with fields rather than a record: Payara's OpenAPI scanner fails on constraints of
 * record components.
 */
public class Registration {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9_-]{3,30}", message = "must be 3 to 30 letters, digits, '_' or '-'")
    public String username;

    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    @NotNull
    @Size(min = 8, max = 128)
    public String password;

    public Registration() {
    }

    public Registration(String username, String email, String password) {
        this.username = username;
        this.email = email;
        this.password = password;
    }
}
