package org.photoshare.auth.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ServiceCredentials {

    @NotNull
    @Pattern(regexp = "[a-z]{2,20}", message = "must be a service name")
    public String service;

    @NotNull
    @Size(max = 256)
    public String secret;
}
