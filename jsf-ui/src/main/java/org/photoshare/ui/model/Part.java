package org.photoshare.ui.model;

/** The parts of a page that come from one service each, and what the page says when one is missing. */
public enum Part {
    PROFILES("profiles", "Names of people are unavailable right now."),
    COUNTS("counts", "Vote counts are unavailable right now."),
    MY_VOTES("myVotes", "Your votes cannot be shown right now."),
    COMMENT_COUNTS("commentCounts", "Comment counts are unavailable right now."),
    COMMENTS("comments", "Comments are unavailable right now."),
    PHOTOS("photos", "Photo details are unavailable right now.");

    private final String key;
    private final String note;

    Part(String key, String note) {
        this.key = key;
        this.note = note;
    }

    public String key() {
        return key;
    }

    public String note() {
        return note;
    }

    public static String noteFor(String key) {
        for (Part part : values()) {
            if (part.key.equals(key)) {
                return part.note;
            }
        }
        return "Part of this page is unavailable right now.";
    }
}
