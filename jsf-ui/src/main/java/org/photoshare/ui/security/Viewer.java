package org.photoshare.ui.security;

import java.time.Instant;
import java.util.List;

/**
 * Who is looking at the page: set for each request by the gateway from a verified token (cookie or
 * bearer header), or anonymous. Deliberately without the token itself, which stays in the gateway.
 */
public record Viewer(String id, String username, boolean signedIn, boolean admin, String tokenId, Instant expiresAt) {

    public static final String ATTRIBUTE = Viewer.class.getName();
    public static final Viewer ANONYMOUS = new Viewer(null, null, false, false, null, null);

    public static Viewer of(String id, String username, List<String> groups, String tokenId, Instant expiresAt) {
        return new Viewer(id, username, true, groups.contains("admin"), tokenId, expiresAt);
    }

    public boolean is(String userId) {
        return signedIn && id.equals(userId);
    }
}
