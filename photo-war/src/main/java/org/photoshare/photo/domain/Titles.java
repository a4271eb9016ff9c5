package org.photoshare.photo.domain;

import org.photoshare.platform.problem.ProblemException;

/** A photo's title: required, trimmed, at most 140 characters, no control characters. */
public final class Titles {

    private Titles() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            throw ProblemException.badRequest("A title is required.");
        }
        String title = raw.strip();
        if (title.isEmpty()) {
            throw ProblemException.badRequest("The title must not be blank.");
        }
        if (title.codePointCount(0, title.length()) > Photo.TITLE_MAX_LENGTH) {
            throw ProblemException.badRequest("The title may have at most " + Photo.TITLE_MAX_LENGTH + " characters.");
        }
        if (title.codePoints().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("The title must not contain control characters.");
        }
        return title;
    }
}
