package org.photoshare.auth.domain;

import java.util.Locale;

public final class Usernames {

    private Usernames() {
    }

    /** Usernames are unique case-insensitively; throttling and admin lists compare this form. */
    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
