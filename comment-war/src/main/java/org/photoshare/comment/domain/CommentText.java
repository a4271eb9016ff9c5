package org.photoshare.comment.domain;

/**
 * The rule for a comment's text: leading and trailing white space is dropped, what remains must be
 * 1 to {@code maxLength} characters (Unicode code points, as the database counts them) and is kept
 * exactly as given: no escaping, no normalisation.
 */
public final class CommentText {

    public static final int DEFAULT_MAX_LENGTH = 1000;

    private CommentText() {
    }

    /** @return the text to store, or null when {@link #problem} is not null */
    public static String normalised(String text) {
        return text == null ? null : text.strip();
    }

    /** @return what is wrong with the text, or null when it may be stored */
    public static String problem(String text, int maxLength) {
        String stored = normalised(text);
        if (stored == null || stored.isEmpty()) {
            return "must not be empty or only white space";
        }
        if (stored.codePointCount(0, stored.length()) > maxLength) {
            return "must be at most " + maxLength + " characters";
        }
        return null;
    }
}
