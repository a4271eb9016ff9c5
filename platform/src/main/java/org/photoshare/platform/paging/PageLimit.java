package org.photoshare.platform.paging;

import org.photoshare.platform.problem.ProblemException;

/** The {@code limit} query parameter: 1 to 100, 20 when absent. */
public final class PageLimit {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageLimit() {
    }

    /**
     * The limit a client asked for, as the query parameter's text: a whole number from 1 to 100 in
     * decimal digits, nothing else ({@code abc}, {@code 1.5}, {@code 99999999999}, {@code +5} are 400s
     * that name the parameter, not the 404 a JAX-RS conversion of the parameter would answer).
     */
    public static int of(String requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (!requested.matches("[0-9]{1,3}") || Integer.parseInt(requested) < 1 || Integer.parseInt(requested) > MAX) {
            throw ProblemException.badRequest("limit must be a whole number from 1 to " + MAX + ".");
        }
        return Integer.parseInt(requested);
    }
}
