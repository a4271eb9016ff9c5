package org.photoshare.auth.domain;

import java.time.Instant;

public record IssuedToken(String token, Instant expiresAt) {
}
