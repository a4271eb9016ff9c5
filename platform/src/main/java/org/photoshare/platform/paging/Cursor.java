package org.photoshare.platform.paging;

import org.photoshare.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An opaque keyset cursor: the sort key of the last item of a page (for example its creation
 * time and id), so the next page starts strictly after it and never repeats or skips an item.
 */
public final class Cursor {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "|";

    private Cursor() {
    }

    /** @param keys the sort key, most significant first; no part may contain '|' */
    public static String encode(Object... keys) {
        StringBuilder text = new StringBuilder(VERSION);
        for (Object key : keys) {
            String part = String.valueOf(key);
            if (part.contains(SEPARATOR)) {
                throw new IllegalArgumentException("A cursor key may not contain '|'");
            }
            text.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the keys, exactly {@code expectedKeys} of them; a 400 problem for anything else */
    public static List<String> decode(String cursor, int expectedKeys) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(Pattern.quote(SEPARATOR), -1));
            if (parts.size() != expectedKeys + 1 || !VERSION.equals(parts.get(0))) {
                throw invalid();
            }
            return parts.subList(1, parts.size());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** Decodes the keys and converts them; a key that does not convert is a 400 problem too. */
    public static <T> T decode(String cursor, int expectedKeys, Function<List<String>, T> converter) {
        List<String> keys = decode(cursor, expectedKeys);
        try {
            return converter.apply(keys);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("The cursor is not valid; start again from the first page.");
    }
}
