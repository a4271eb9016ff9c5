package org.photoshare.auth.domain;

import java.util.Locale;
import java.util.regex.Pattern;

public final class Usernames {

    /** What a username may be: checked at registration, and before any look-up at sign-in. */
    public static final String PATTERN = "[A-Za-z0-9_-]{3,30}";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Usernames() {
    }

    /**
     * Whether an account could have this name. Sign-in asks this before it touches the database:
     * a name no account can have (too long, or one whose lower case grows, like a run of "İ") is a
     * wrong username at once, not work for the throttling table.
     */
    public static boolean possible(String username) {
        return username != null && VALID.matcher(username.trim()).matches();
    }

    /** Usernames are unique case-insensitively; throttling and admin lists compare this form. */
    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
