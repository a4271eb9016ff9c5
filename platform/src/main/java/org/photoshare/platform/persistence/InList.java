package org.photoshare.platform.persistence;

import jakarta.persistence.Query;

import java.util.Collections;
import java.util.List;

/**
 * The {@code IN (?, ?, …)} of a native query for a batch look-up. Native SQL with positional
 * parameters, because a JPQL {@code IN :collection} makes EclipseLink generate the SQL anew on
 * every call.
 */
public final class InList {

    private InList() {
    }

    /** @return {@code "?, ?, ?"} for {@code count} values */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Binds {@code values} to the positional parameters from {@code first} on; @return the next position */
    public static int bind(Query query, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return first + values.size();
    }
}
