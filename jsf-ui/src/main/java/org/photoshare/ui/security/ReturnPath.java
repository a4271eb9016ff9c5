package org.photoshare.ui.security;

/** Where to send someone after signing in: only a path on this site, never another site (no open redirect). */
public final class ReturnPath {

    public static final String HOME = "/";

    private ReturnPath() {
    }

    public static String safe(String back) {
        if (back == null || back.isEmpty() || back.length() > 500) {
            return HOME;
        }
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\");
        boolean plain = back.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
        return local && plain ? back : HOME;
    }
}
