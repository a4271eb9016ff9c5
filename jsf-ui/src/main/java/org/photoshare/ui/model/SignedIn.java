package org.photoshare.ui.model;

import java.time.Instant;

/** The answer to a registration or sign-in: a token for the caller and who they are. */
public record SignedIn(String token, Instant expiresAt, Account user) {
}
