package org.photoshare.platform.paging;

import org.photoshare.platform.problem.ProblemException;

/** The {@code limit} query parameter: 1 to 100, 20 when absent. */
public final class PageLimit {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageLimit() {
    }

    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAX) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX + ".");
        }
        return requested;
    }
}
