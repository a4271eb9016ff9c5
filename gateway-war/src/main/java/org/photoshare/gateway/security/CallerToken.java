package org.photoshare.gateway.security;

import java.time.Instant;
import java.util.List;

/** A token the gateway verified: who it names, and the raw form that is forwarded downstream. */
public record CallerToken(String raw, String subject, String username, List<String> groups, String tokenId,
                          Instant expiresAt) {

    public static final String ATTRIBUTE = CallerToken.class.getName();

    @Override
    public String toString() {
        return "CallerToken[" + username + ", " + groups + ", expires " + expiresAt + "]";
    }
}
