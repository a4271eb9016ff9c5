package org.photoshare.platform.http;

/**
 * {@code If-None-Match} as RFC 9110 (13.1.2) compares it: a list of entity tags, or {@code *}, compared
 * weakly (a {@code W/} prefix is ignored). Anything a client sends is only ever a non-match, never an
 * error: an unquoted or malformed tag simply matches nothing.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static boolean anyMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String current = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.length() > 2 && opaque(tag).equals(current) && current.startsWith("\""))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
